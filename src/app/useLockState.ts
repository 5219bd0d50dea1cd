import { useEffect, useState } from 'react';
import { databaseExists } from '../storage/presence';
import { setVaultState } from '../storage/vault';
import { isUnder } from '../lib/paths';

/** Pages that neither read nor write storage (information only). */
const withoutStorage = [
  '/over-het-gesprek',
  '/over-deze-app',
  '/toegankelijkheid',
  '/op-beginscherm',
];
export const usesNoStorage = (path: string) => path === '/' || isUnder(path, withoutStorage);

/**
 * Reads the lock state before any page shows personal data, and follows other tabs. On a page
 * that stores nothing, this waits until the device is known to hold data: a first visit to the
 * start page or the information pages loads no storage code (Dexie, the schemas) at all.
 * Until then the state stays 'loading'.
 */
export function useLockState(pathname: string): void {
  const needed = !usesNoStorage(pathname);
  const [wanted, setWanted] = useState(needed);
  // Once wanted, always: going back to the start page keeps following the lock.
  if (needed && !wanted) setWanted(true);

  useEffect(() => {
    if (wanted) return;
    let cancelled = false;
    void databaseExists().then((exists) => {
      if (exists && !cancelled) setWanted(true);
    });
    return () => {
      cancelled = true;
    };
  }, [wanted]);

  useEffect(() => {
    if (!wanted) return;
    let stop: (() => void) | undefined;
    let done = false;
    // Storage that cannot open (private mode): pages say so.
    void import('../storage/lock').then(async ({ loadLock, watchLock }) => {
      try {
        await loadLock();
      } catch {
        setVaultState({ mode: 'unavailable' });
        return;
      }
      if (!done) stop = watchLock();
    });
    return () => {
      done = true;
      stop?.();
    };
  }, [wanted]);
}
