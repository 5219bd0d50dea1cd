/**
 * Which device and mode the app runs in, for Safari's storage rule: Safari deletes everything a
 * site stored after 7 days of Safari use without a visit to that site; a web app on the Home
 * Screen is exempt. On an iPhone or iPad every browser runs on Safari's engine (WebKit).
 */
export interface PlatformInput {
  userAgent: string;
  maxTouchPoints: number;
  /** `navigator.standalone`: only Safari on iOS has it, true when opened from the Home Screen. */
  standalone: boolean | undefined;
  /** matchMedia('(display-mode: standalone)'), or fullscreen or minimal-ui. */
  displayModeInstalled: boolean;
}

export interface Platform {
  /** iPhone, iPod or iPad (also an iPad that says it is a Mac). */
  ios: boolean;
  /** Opened as an installed app, not in a browser tab. */
  installed: boolean;
}

/** Pure: the same input always gives the same answer. */
export function detectPlatform(input: PlatformInput): Platform {
  const ua = input.userAgent;
  // iPadOS 13 and later show the desktop site and say "Macintosh"; only the touch screen tells.
  const ios = /iPhone|iPod|iPad/.test(ua) || (/Macintosh/.test(ua) && input.maxTouchPoints > 1);
  return { ios, installed: input.standalone === true || input.displayModeInstalled };
}

const installedModes = ['standalone', 'fullscreen', 'minimal-ui'];

/** The browser's facts, read once per call. */
export function readPlatformInput(): PlatformInput {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  const matches = (query: string) =>
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(query).matches;
  return {
    userAgent: nav?.userAgent ?? '',
    maxTouchPoints: nav?.maxTouchPoints ?? 0,
    standalone: (nav as { standalone?: unknown } | undefined)?.standalone === true,
    displayModeInstalled: installedModes.some((mode) => matches(`(display-mode: ${mode})`)),
  };
}

export function currentPlatform(): Platform {
  return detectPlatform(readPlatformInput());
}
