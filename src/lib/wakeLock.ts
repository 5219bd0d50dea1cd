/**
 * The Screen Wake Lock API, wrapped once: keeps the screen on during the gesprek where the
 * browser supports it, and asks again when the page becomes visible (the lock is released
 * whenever the page is hidden). Where it is missing, nothing happens and nothing is shown.
 */
export function wakeLockSupported(): boolean {
  return typeof navigator !== 'undefined' && 'wakeLock' in navigator;
}

/** Keeps the screen on until the returned function is called. */
export function keepScreenOn(): () => void {
  if (!wakeLockSupported()) return () => undefined;
  let sentinel: WakeLockSentinel | null = null;
  let stopped = false;
  const request = async () => {
    if (stopped || document.visibilityState !== 'visible') return;
    try {
      sentinel = await navigator.wakeLock.request('screen');
      if (stopped) void sentinel.release();
    } catch {
      sentinel = null; // refused (battery saver, no permission): the screen may dim, that is all
    }
  };
  const onVisible = () => void request();
  document.addEventListener('visibilitychange', onVisible);
  void request();
  return () => {
    stopped = true;
    document.removeEventListener('visibilitychange', onVisible);
    void sentinel?.release().catch(() => undefined);
  };
}
