import { database, type EntryRow } from './db';
import { pendingWrites } from './pendingWrites';
import type { Merge } from './merge';
import { openOrSetAside } from './damagedRows';
import { entryContext, LockChangedError, sealValue, storeLockSalt } from './vault';
import {
  EntryValueError,
  groupEntries,
  parseEntry,
  type DossierEntries,
  type EntryKey,
  type EntryKind,
  type EntryValue,
} from './entries';

/**
 * A stored row with its value opened. A row that cannot be opened (damaged) is left out, like
 * a row that does not parse; while the app is locked, LockedError is thrown instead.
 */
export async function openRows(rows: readonly EntryRow[]): Promise<EntryRow[]> {
  const opened = await Promise.all(
    rows.map(async (row) => {
      // A damaged row (issue 16, item 10) is set aside; LockedError while locked.
      const opened = await openOrSetAside(row.value, entryContext(row.dossierId, row.key));
      return opened.ok ? { ...row, value: opened.value } : null;
    }),
  );
  return opened.filter((r): r is EntryRow => r !== null);
}

/**
 * A dossier's stored rows, with what waits in the journal on top where it is newer: typed a moment
 * ago, or not stored because the disk is full (issue 16, item 7). So a page and a backup always
 * show the newest text, stored or not.
 */
export async function dossierRows(dossierId: string): Promise<EntryRow[]> {
  const rows = await database().entries.where('dossierId').equals(dossierId).toArray();
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const w of pendingWrites()) {
    if (w.dossierId !== dossierId) continue;
    const row = byKey.get(w.key);
    if (row && row.updatedAt >= w.at) continue;
    byKey.set(w.key, { dossierId, key: w.key, value: w.value, updatedAt: w.at });
  }
  return [...byKey.values()];
}

export async function readEntries(dossierId: string): Promise<DossierEntries> {
  return groupEntries(await openRows(await dossierRows(dossierId)));
}

/** Inside a write: the stored lock is still the one this tab stores under (issue 16, item 5). */
async function checkLockUnchanged(salt: string | null): Promise<void> {
  const lock = await database().meta.get('lock');
  if ((typeof lock?.salt === 'string' ? lock.salt : null) !== salt) throw new LockChangedError();
}

/**
 * Stores one answer and marks the dossier as changed, in one transaction.
 * Throws EntryValueError for a value that does not fit, and the database's own error
 * (quota, blocked storage) when the write fails: autosave shows that to the user.
 */
export async function saveEntry<K extends EntryKind>(
  dossierId: string,
  key: EntryKey<K>,
  value: EntryValue<K>,
  at: Date = new Date(),
  /** From the journal: only into an existing dossier, and never over a newer answer. */
  { onlyIfNewer = false }: { onlyIfNewer?: boolean } = {},
): Promise<void> {
  if (parseEntry(key, value) === undefined) throw new EntryValueError(key);
  const db = database();
  const updatedAt = at.toISOString();
  const salt = storeLockSalt();
  const stored = await sealValue(value, entryContext(dossierId, key));
  await db.transaction('rw', db.entries, db.dossiers, db.meta, async () => {
    await checkLockUnchanged(salt);
    if (onlyIfNewer) {
      if (!(await db.dossiers.get(dossierId))) return;
      const row = await db.entries.get([dossierId, key]);
      if (row && row.updatedAt >= updatedAt) return;
    }
    await db.entries.put({ dossierId, key, value: stored, updatedAt });
    await db.dossiers.update(dossierId, { updatedAt });
  });
}

/**
 * Stores a change to an object or list row merged into what is stored by now (issue 16, item 6):
 * read, merge, seal, and write only if nobody wrote the row in between; else again.
 */
export async function saveMerged(
  dossierId: string,
  key: EntryKey,
  merge: Merge,
  at: Date = new Date(),
): Promise<void> {
  const db = database();
  const context = entryContext(dossierId, key);
  for (let attempt = 1; ; attempt += 1) {
    const row = await db.entries.get([dossierId, key]);
    const opened = row ? await openOrSetAside(row.value, context) : undefined;
    const merged = parseEntry(key, merge(opened?.ok ? parseEntry(key, opened.value) : undefined));
    if (merged === undefined) throw new EntryValueError(key);
    const salt = storeLockSalt();
    const stored = await sealValue(merged, context);
    const updatedAt = at.toISOString();
    const written = await db.transaction('rw', db.entries, db.dossiers, db.meta, async () => {
      await checkLockUnchanged(salt);
      const now = await db.entries.get([dossierId, key]);
      if (now?.updatedAt !== row?.updatedAt && attempt < 5) return false;
      await db.entries.put({ dossierId, key, value: stored, updatedAt });
      await db.dossiers.update(dossierId, { updatedAt });
      return true;
    });
    if (written) return;
  }
}

/** How many of the given parts each dossier has marked "klaar", read in one pass. */
export async function partsDoneByDossier(partIds: readonly string[]): Promise<Map<string, number>> {
  const keys = new Set(partIds.map((p) => `part:${p}`));
  const done = new Map<string, number>();
  const rows = await openRows(
    await database()
      .entries.filter((row) => keys.has(row.key))
      .toArray(),
  );
  for (const row of rows) {
    if (row.value === 'klaar') done.set(row.dossierId, (done.get(row.dossierId) ?? 0) + 1);
  }
  return done;
}
