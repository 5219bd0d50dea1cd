import { liveQuery } from 'dexie';
import { z } from '../lib/zod';
import { deriveKey, isSealed, kdfIterations, randomSalt, seal, unseal } from '../lib/crypto';
import { flushSaves } from './autosave';
import { database, type EntryRow } from './db';
import { openOrSetAside } from './damagedRows';
import { rewriteJournal } from './pendingWrites';
import {
  entryContext,
  openDossierRow,
  openValue,
  sealDossierRow,
  sealValue,
  setVaultState,
  vaultState,
  type LockRecord,
} from './vault';

/**
 * The app lock (issue 7): turn it on or off, unlock, lock. Turning it on or off rewrites every
 * row and the lock record in one IndexedDB transaction: a closed tab leaves all of it as it
 * was, or all of it done. The key is derived from the passphrase and kept only in memory.
 */
const lockRecord = z.object({
  key: z.literal('lock'),
  salt: z.string().min(16),
  iterations: z.number().int().min(1),
  check: z.object({ sealed: z.literal(1), iv: z.string(), ct: z.string() }),
  idleMinutes: z.number().int().min(1).max(240),
});

const checkValue = 'aan-tafel';
const checkContext = 'lock-check';
export const idleChoices = [5, 15, 30, 60] as const;

export class WrongPassphraseError extends Error {
  constructor() {
    super('Wrong passphrase.');
    this.name = 'WrongPassphraseError';
  }
}

async function readLock(): Promise<LockRecord | null> {
  const parsed = lockRecord.safeParse(await database().meta.get('lock'));
  return parsed.success ? parsed.data : null;
}

function sameLock(a: LockRecord, b: LockRecord): boolean {
  return a.salt === b.salt && a.idleMinutes === b.idleMinutes;
}

/** Follows the stored lock record: at start, and when another tab turns the lock on or off. */
function follow(lock: LockRecord | null): void {
  const now = vaultState();
  // Unchanged: no new state, so no page is drawn again for nothing.
  if (!lock && now.mode === 'off') return;
  if (lock && now.mode === 'locked' && sameLock(now.lock, lock)) return;
  if (!lock) return setVaultState({ mode: 'off' });
  if (now.mode === 'open' && now.lock.salt === lock.salt) {
    return setVaultState({ mode: 'open', lock, key: now.key });
  }
  setVaultState({ mode: 'locked', lock });
}

export async function loadLock(): Promise<void> {
  follow(await readLock());
}

/** Keeps this tab in step with the others; returns the function that stops it. */
export function watchLock(): () => void {
  const subscription = liveQuery(readLock).subscribe({ next: follow, error: () => undefined });
  return () => subscription.unsubscribe();
}

async function keyFor(lock: LockRecord, passphrase: string): Promise<CryptoKey> {
  const key = await deriveKey(passphrase, lock.salt, lock.iterations);
  try {
    await unseal(key, lock.check, checkContext);
  } catch {
    throw new WrongPassphraseError();
  }
  return key;
}

export async function unlock(passphrase: string): Promise<void> {
  const lock = await readLock();
  if (!lock) return setVaultState({ mode: 'off' });
  setVaultState({ mode: 'open', lock, key: await keyFor(lock, passphrase) });
}

/** Saves what is waiting, then forgets the key. */
export async function lockNow(): Promise<void> {
  const now = vaultState();
  if (now.mode !== 'open') return;
  await flushSaves();
  setVaultState({ mode: 'locked', lock: now.lock });
}

/** Every row, re-stored under another key (or none), with the lock record, all at once. */
async function rewriteAll(
  from: CryptoKey | null,
  to: CryptoKey | null,
  lock: LockRecord | null,
): Promise<void> {
  const db = database();
  const dossiers = (await db.dossiers.toArray()) as Record<string, unknown>[];
  const entries = await db.entries.toArray();
  const newDossiers = await Promise.all(
    dossiers.map(async (row) => {
      const plain = (await openDossierRow(row, from)) as Record<string, unknown>;
      return sealDossierRow(plain, to);
    }),
  );
  const newEntries: EntryRow[] = await Promise.all(
    entries.map(async (row) => {
      const context = entryContext(row.dossierId, row.key);
      const plain = await openOrSetAside(row.value, context, from);
      // A damaged row (issue 16, item 10) stays as it is: set aside, never lost, never fatal.
      return plain.ok ? { ...row, value: await sealValue(plain.value, context, to) } : row;
    }),
  );
  const stamp = (rows: { updatedAt?: unknown }[]) => rows.map((r) => String(r.updatedAt)).join();
  await db.transaction('rw', db.dossiers, db.entries, db.meta, async () => {
    // A change made meanwhile (another tab) would be overwritten: stop, and let the caller retry.
    if (
      stamp(await db.entries.toArray()) !== stamp(entries) ||
      (await db.dossiers.count()) !== dossiers.length
    ) {
      throw new ChangedMeanwhileError();
    }
    await db.dossiers.bulkPut(newDossiers);
    await db.entries.bulkPut(newEntries);
    if (lock) await db.meta.put({ ...lock });
    else await db.meta.delete('lock');
  });
}

/** Another tab changed the data while it was being re-stored: nothing was written. */
class ChangedMeanwhileError extends Error {
  constructor() {
    super('The data changed while it was being re-stored.');
    this.name = 'ChangedMeanwhileError';
  }
}

async function withRetry(action: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= 3 || !(error instanceof ChangedMeanwhileError)) throw error;
    }
  }
}

export async function turnOnLock(passphrase: string, idleMinutes: number): Promise<void> {
  await flushSaves();
  const salt = randomSalt();
  const key = await deriveKey(passphrase, salt, kdfIterations);
  const lock: LockRecord = {
    key: 'lock',
    salt,
    iterations: kdfIterations,
    check: await seal(key, checkValue, checkContext),
    idleMinutes,
  };
  await withRetry(() => rewriteAll(null, key, lock));
  // What any tab typed but did not store yet is sealed in place, never deleted (issue 16, item 5).
  await rewriteJournal(async (w) =>
    isSealed(w.value) ? undefined : sealValue(w.value, entryContext(w.dossierId, w.key), key),
  );
  setVaultState({ mode: 'open', lock, key });
}

export async function turnOffLock(passphrase: string): Promise<void> {
  const lock = await readLock();
  if (!lock) return setVaultState({ mode: 'off' });
  const key = await keyFor(lock, passphrase);
  await flushSaves();
  await withRetry(() => rewriteAll(key, null, null));
  await rewriteJournal(async (w) =>
    isSealed(w.value) ? openValue(w.value, entryContext(w.dossierId, w.key), key) : undefined,
  );
  setVaultState({ mode: 'off' });
}

export async function setIdleMinutes(idleMinutes: number): Promise<void> {
  const lock = await readLock();
  if (lock) await database().meta.put({ ...lock, idleMinutes });
}
