import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  installOffer,
  listenForInstallPrompt,
  promptInstall,
  resetInstallPromptForTests,
  subscribeInstallOffer,
} from './installPrompt';

/** What Chromium fires: an event with prompt() and userChoice. */
function fakePromptEvent(outcome: 'accepted' | 'dismissed' = 'accepted') {
  const event = new Event('beforeinstallprompt', { cancelable: true });
  const prompt = vi.fn(() => Promise.resolve());
  Object.assign(event, { prompt, userChoice: Promise.resolve({ outcome }) });
  return { event, prompt };
}

afterEach(() => resetInstallPromptForTests());

describe('the install offer', () => {
  it('is listened for from the moment the module loads, on the window', () => {
    const { event } = fakePromptEvent();
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(installOffer()).toEqual({ canInstall: true, installed: false });
  });

  it('shows the browser question once, and then the offer ends', async () => {
    const { event, prompt } = fakePromptEvent('dismissed');
    window.dispatchEvent(event);
    expect(await promptInstall()).toBe('dismissed');
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(installOffer().canInstall).toBe(false);
    expect(await promptInstall()).toBe('unavailable');
    expect(prompt).toHaveBeenCalledTimes(1);
  });

  it('says "installed" after appinstalled, and offers nothing more afterwards', async () => {
    const { event } = fakePromptEvent();
    window.dispatchEvent(event);
    expect(await promptInstall()).toBe('accepted');
    window.dispatchEvent(new Event('appinstalled'));
    expect(installOffer()).toEqual({ canInstall: false, installed: true });
    window.dispatchEvent(fakePromptEvent().event);
    expect(installOffer()).toEqual({ canInstall: false, installed: true });
  });

  it('tells subscribers of every change', () => {
    const listener = vi.fn();
    const stop = subscribeInstallOffer(listener);
    window.dispatchEvent(fakePromptEvent().event);
    window.dispatchEvent(new Event('appinstalled'));
    stop();
    window.dispatchEvent(fakePromptEvent().event);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('ignores an event without prompt(), and stops listening when asked', () => {
    const target = new EventTarget();
    const stop = listenForInstallPrompt(target);
    target.dispatchEvent(new Event('beforeinstallprompt'));
    expect(installOffer().canInstall).toBe(false);
    stop();
    target.dispatchEvent(fakePromptEvent().event);
    expect(installOffer().canInstall).toBe(false);
  });
});
