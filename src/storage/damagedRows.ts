import { CannotOpenError } from '../lib/crypto';
import { LockedError, openValue, vaultState } from './vault';

/**
 * A stored value that no key can open is damaged: a changed byte, or a value that looks sealed
 * while no lock exists (an older version stored one from a hostile backup, issue 16 item 10).
 * Such a row is set aside: left as it is in the database, never shown, never fatal to the dossier.
 */
export type Opened = { ok: true; value: unknown } | { ok: false };

const setAside: Opened = { ok: false };

/**
 * Opens a stored value with the given key, or this tab's key when none is given. While the app is
 * locked, LockedError is still thrown: then the row is not damaged, only closed.
 */
export async function openOrSetAside(
  value: unknown,
  context: string,
  ...key: [] | [CryptoKey | null]
): Promise<Opened> {
  try {
    return { ok: true, value: await openValue(value, context, ...key) };
  } catch (error) {
    if (error instanceof CannotOpenError) return setAside;
    // Sealed, but there is no lock at all (or the caller says there is none): nothing opens it.
    const noLock = key.length === 1 ? key[0] === null : vaultState().mode === 'off';
    if (error instanceof LockedError && noLock) return setAside;
    throw error;
  }
}
