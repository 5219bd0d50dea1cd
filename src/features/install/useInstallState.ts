import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { installOffer, subscribeInstallOffer, type InstallOffer } from '../../lib/installPrompt';
import { currentPlatform, type Platform } from '../../lib/platform';
import { forgetDevice, readDeviceStorage, type DeviceStorage } from '../../storage/deviceMarker';

/** The device, and whether the app is installed: as it opened, or since (`appinstalled`). */
export function usePlatform(): Platform & { offer: InstallOffer } {
  const [platform] = useState(currentPlatform);
  const offer = useSyncExternalStore(subscribeInstallOffer, installOffer, installOffer);
  return { ...platform, installed: platform.installed || offer.installed, offer };
}

/** Notices the resident put away, remembered on this device ("Begrepen", "Niet nu"). */
export const dismissedKey = 'aantafel-install-notices';
export type Notice = 'ios' | 'offer';

function readDismissed(): Partial<Record<Notice, true>> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(dismissedKey) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

export function useDismissed(notice: Notice): [boolean, () => void] {
  const [dismissed, setDismissed] = useState(() => readDismissed()[notice] === true);
  const dismiss = useCallback(() => {
    setDismissed(true);
    try {
      localStorage.setItem(dismissedKey, JSON.stringify({ ...readDismissed(), [notice]: true }));
    } catch {
      // Not remembered: the notice comes back next time, which does no harm.
    }
  }, [notice]);
  return [dismissed, dismiss];
}

/*
 * What this device holds, read once each time the start page opens and shared by its notices
 * above and below "Begin": undefined while it is read, or when storage cannot be read at all
 * (then the storage pages say so).
 */
let found: DeviceStorage | undefined;
const storageListeners = new Set<() => void>();
function setFound(next: DeviceStorage | undefined): void {
  found = next;
  for (const listener of storageListeners) listener();
}
function subscribeStorage(listener: () => void): () => void {
  storageListeners.add(listener);
  return () => storageListeners.delete(listener);
}

/** `read`: the one notice that reads it anew when it appears. `forget` is "Begrepen". */
export function useDeviceStorage(read = false): {
  storage: DeviceStorage | undefined;
  forget: () => void;
} {
  const storage = useSyncExternalStore(
    subscribeStorage,
    () => found,
    () => undefined,
  );
  useEffect(() => {
    if (!read) return;
    let current = true;
    readDeviceStorage().then(
      (next) => current && setFound(next),
      () => current && setFound(undefined),
    );
    return () => {
      current = false;
      setFound(undefined);
    };
  }, [read]);
  const forget = useCallback(() => {
    setFound('empty');
    void forgetDevice();
  }, []);
  return { storage, forget };
}
