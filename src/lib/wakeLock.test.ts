import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepScreenOn, wakeLockSupported } from './wakeLock';

function fakeWakeLock() {
  const released = vi.fn(() => Promise.resolve());
  const request = vi.fn(() =>
    Promise.resolve({ release: released } as unknown as WakeLockSentinel),
  );
  Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
  return { request, released };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'wakeLock');
});

describe('wake lock wrapper', () => {
  it('does nothing where the API is missing', () => {
    expect(wakeLockSupported()).toBe(false);
    expect(() => keepScreenOn()()).not.toThrow();
  });

  it('asks for a screen lock, asks again when the page is visible again, and releases it', async () => {
    const { request, released } = fakeWakeLock();
    const stop = keepScreenOn();
    await vi.waitFor(() => expect(request).toHaveBeenCalledWith('screen'));
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(2));
    stop();
    await vi.waitFor(() => expect(released).toHaveBeenCalled());
    document.dispatchEvent(new Event('visibilitychange'));
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('stays quiet when the browser refuses', async () => {
    const { request } = fakeWakeLock();
    request.mockRejectedValueOnce(new Error('NotAllowedError'));
    const stop = keepScreenOn();
    await vi.waitFor(() => expect(request).toHaveBeenCalled());
    expect(() => stop()).not.toThrow();
  });
});
