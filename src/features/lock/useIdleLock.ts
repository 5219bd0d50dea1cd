import { useEffect } from 'react';

/** Loaded only when the timer fires: the lock code is not part of the first paint. */
const lockNow = async () => (await import('../../storage/lock')).lockNow();

const activity = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the app after `minutes` without a key press, tap or scroll. */
export function useIdleLock(minutes: number | null): void {
  useEffect(() => {
    if (minutes === null) return;
    let timer = setTimeout(() => void lockNow(), minutes * 60_000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void lockNow(), minutes * 60_000);
    };
    for (const e of activity) window.addEventListener(e, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of activity) window.removeEventListener(e, reset);
    };
  }, [minutes]);
}
