/**
 * Chromium's install offer (`beforeinstallprompt`, Chrome and Edge, also on Android). The browser
 * fires it once per page load, often before any page wants it: it is kept here, from the start
 * (main.tsx imports this module first), until the resident taps "install". `appinstalled` says
 * the app is on the device: then nothing more is offered.
 */
export interface InstallPromptEvent extends Event {
  prompt: () => Promise<unknown>;
  userChoice?: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface InstallOffer {
  /** The browser can install the app now. */
  canInstall: boolean;
  /** Installed while this page was open. */
  installed: boolean;
}

let kept: InstallPromptEvent | null = null;
let offer: InstallOffer = { canInstall: false, installed: false };
const listeners = new Set<() => void>();

function set(next: InstallOffer): void {
  offer = next;
  for (const listener of listeners) listener();
}

const isPromptEvent = (event: Event): event is InstallPromptEvent =>
  typeof (event as Partial<InstallPromptEvent>).prompt === 'function';

/** Starts listening on `target` (the window); returns the function that stops it. */
export function listenForInstallPrompt(target: EventTarget): () => void {
  const onPrompt = (event: Event) => {
    if (!isPromptEvent(event)) return;
    // Without this the browser shows its own bar at a moment we did not choose.
    event.preventDefault();
    kept = event;
    if (!offer.installed) set({ canInstall: true, installed: false });
  };
  const onInstalled = () => {
    kept = null;
    set({ canInstall: false, installed: true });
  };
  target.addEventListener('beforeinstallprompt', onPrompt);
  target.addEventListener('appinstalled', onInstalled);
  return () => {
    target.removeEventListener('beforeinstallprompt', onPrompt);
    target.removeEventListener('appinstalled', onInstalled);
  };
}

export function installOffer(): InstallOffer {
  return offer;
}

export function subscribeInstallOffer(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Shows the browser's own install question. An event can be used once, so the offer ends here
 * whatever she answers; `appinstalled` follows when she agreed.
 */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = kept;
  if (!event) return 'unavailable';
  kept = null;
  set({ ...offer, canInstall: false });
  await event.prompt();
  const choice = await event.userChoice?.catch(() => undefined);
  return choice?.outcome ?? 'dismissed';
}

/** For tests: forget every event and installation. */
export function resetInstallPromptForTests(): void {
  kept = null;
  set({ canInstall: false, installed: false });
}

if (typeof window !== 'undefined') listenForInstallPrompt(window);
