/**
 * The browser's storage manager, wrapped once: how much the app uses, and whether the browser
 * promises to keep it (persistent storage) instead of clearing it when the device gets full.
 */
export interface StorageHealth {
  usedBytes: number | null;
  persisted: boolean | null;
}

export async function storageHealth(): Promise<StorageHealth> {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [estimate, persisted] = await Promise.all([
    manager?.estimate?.().catch(() => undefined),
    manager?.persisted?.().catch(() => null),
  ]);
  return { usedBytes: estimate?.usage ?? null, persisted: persisted ?? null };
}

/** Asks once; some browsers ask the user, most decide by themselves. Never throws. */
export async function askPersistentStorage(): Promise<boolean | null> {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager?.persist) return null;
  try {
    return (await manager.persisted?.()) || (await manager.persist());
  } catch {
    return null;
  }
}
