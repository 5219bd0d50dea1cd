import { database } from './db';
import {
  EntryValueError,
  groupEntries,
  parseEntry,
  type DossierEntries,
  type EntryKey,
  type EntryKind,
  type EntryValue,
} from './entries';

export async function readEntries(dossierId: string): Promise<DossierEntries> {
  return groupEntries(await database().entries.where('dossierId').equals(dossierId).toArray());
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
): Promise<void> {
  if (parseEntry(key, value) === undefined) throw new EntryValueError(key);
  const db = database();
  const updatedAt = at.toISOString();
  await db.transaction('rw', db.entries, db.dossiers, async () => {
    await db.entries.put({ dossierId, key, value, updatedAt });
    await db.dossiers.update(dossierId, { updatedAt });
  });
}

/** How many of the given parts each dossier has marked "klaar", read in one pass. */
export async function partsDoneByDossier(partIds: readonly string[]): Promise<Map<string, number>> {
  const keys = new Set(partIds.map((p) => `part:${p}`));
  const done = new Map<string, number>();
  await database()
    .entries.filter((row) => keys.has(row.key) && row.value === 'klaar')
    .each((row) => done.set(row.dossierId, (done.get(row.dossierId) ?? 0) + 1));
  return done;
}
