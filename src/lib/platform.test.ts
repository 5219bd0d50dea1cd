import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectPlatform, readPlatformInput, type PlatformInput } from './platform';

const ua = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  iphoneFirefox:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/127.0 Mobile/15E148 Safari/605.1.15',
  ipod: 'Mozilla/5.0 (iPod touch; CPU iPhone OS 15_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Mobile/15E148 Safari/604.1',
  oldIpad:
    'Mozilla/5.0 (iPad; CPU OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1',
  // iPadOS 13 and later, and a real Mac, send the same desktop Safari string.
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  android:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
};

const input = (over: Partial<PlatformInput>): PlatformInput => ({
  userAgent: '',
  maxTouchPoints: 0,
  standalone: undefined,
  displayModeInstalled: false,
  ...over,
});

describe('detectPlatform', () => {
  it.each([
    ['Safari on an iPhone', ua.iphoneSafari, 5, true],
    ['Chrome on an iPhone (WebKit too)', ua.iphoneChrome, 5, true],
    ['Firefox on an iPhone (WebKit too)', ua.iphoneFirefox, 5, true],
    ['an iPod touch', ua.ipod, 5, true],
    ['an iPad that says "iPad"', ua.oldIpad, 5, true],
    ['an iPad that says "Macintosh", with a touch screen', ua.macSafari, 5, true],
    ['a Mac (no touch screen)', ua.macSafari, 0, false],
    ['a Mac with one touch point (a touch bar, a tablet pen)', ua.macSafari, 1, false],
    ['Chrome on Android', ua.android, 5, false],
    ['Chrome on Windows', ua.windows, 0, false],
    ['nothing known', '', 0, false],
  ])('%s: iOS is %s', (_, userAgent, maxTouchPoints, ios) => {
    expect(detectPlatform(input({ userAgent, maxTouchPoints })).ios).toBe(ios);
  });

  it('is installed when opened from the Home Screen or in an app window, not in a tab', () => {
    const iphone = { userAgent: ua.iphoneSafari, maxTouchPoints: 5 };
    expect(detectPlatform(input({ ...iphone, standalone: true })).installed).toBe(true);
    expect(detectPlatform(input({ ...iphone, standalone: false })).installed).toBe(false);
    expect(detectPlatform(input({ userAgent: ua.android, displayModeInstalled: true }))).toEqual({
      ios: false,
      installed: true,
    });
    expect(detectPlatform(input({ userAgent: ua.windows })).installed).toBe(false);
  });
});

describe('readPlatformInput', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'standalone');
    Reflect.deleteProperty(window, 'matchMedia');
  });

  it('reads navigator.standalone and every installed display mode from the browser', () => {
    Object.defineProperty(navigator, 'standalone', { value: true, configurable: true });
    expect(readPlatformInput().standalone).toBe(true);
    Reflect.deleteProperty(navigator, 'standalone');
    expect(readPlatformInput().standalone).toBe(false);

    for (const mode of ['standalone', 'fullscreen', 'minimal-ui']) {
      const matchMedia = vi.fn((query: string) => ({
        matches: query === `(display-mode: ${mode})`,
      }));
      Object.defineProperty(window, 'matchMedia', { value: matchMedia, configurable: true });
      expect(readPlatformInput().displayModeInstalled, mode).toBe(true);
    }
    Object.defineProperty(window, 'matchMedia', {
      value: () => ({ matches: false }),
      configurable: true,
    });
    expect(readPlatformInput().displayModeInstalled).toBe(false);
  });

  it('works without matchMedia (an old browser)', () => {
    expect(readPlatformInput()).toMatchObject({ displayModeInstalled: false });
  });
});
