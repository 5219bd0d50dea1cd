import { z } from '../lib/zod';
import { database } from './db';
import { listDossiers } from './dossierRepository';
import { type Backup, type BackupDossier, type BackupError } from './backup';
import { readAnyBackup } from './backupCrypto';
import { parseEntry } from './entries';
import { dossierRows, openRows } from './entryRepository';
import { markDevice } from './deviceMarker';
import { isOwnPath, repairDossier, type Dossier } from './records';
import { entryContext, sealDossierRow, sealValue } from './vault';

/**
 * Every dossier (or the chosen ones) with all their answers, ready for makeBackup. Only values
 * that parse go in, as parsed: a damaged row or a field the app does not know stays out.
 */
export async function collectBackup(ids?: readonly string[]): Promise<BackupDossier[]> {
  const dossiers = (await listDossiers()).filter((d) => !ids || ids.includes(d.id));
  return Promise.all(
    dossiers.map(async (dossier) => ({
      dossier,
      // With what waits in the journal: a backup made before the text is stored has it too.
      entries: (await openRows(await dossierRows(dossier.id)))
        .map(({ key, value, updatedAt }) => ({ key, value: parseEntry(key, value), updatedAt }))
        .filter((e) => e.value !== undefined),
    })),
  );
}

/**
 * Ids in the backup that already exist on this device: the resident chooses per dossier.
 * A dossier that was deleted (and could still be undone) does not count: restoring replaces it.
 */
export async function existingIds(backup: Backup): Promise<string[]> {
  const db = database();
  const found = await db.dossiers.bulkGet(backup.dossiers.map((d) => d.dossier.id));
  return backup.dossiers
    .filter((_, i) => {
      const row = found[i] === undefined ? null : repairDossier(found[i]);
      return row !== null && !row.deletedAt;
    })
    .map((d) => d.dossier.id);
}

export type ImportChoice = 'copy' | 'replace';

/**
 * Writes a checked backup in one transaction: all of it, or nothing. A dossier whose id exists is
 * added as a copy (new id) or replaces the one on this device, as the resident chose.
 */
export async function importBackup(
  backup: Backup,
  choices: Readonly<Record<string, ImportChoice>>,
  copyName: (d: Dossier) => string,
): Promise<string[]> {
  const db = database();
  const existing = new Set(await existingIds(backup));
  // Sealed first (when the lock is on): encryption cannot wait inside a database transaction.
  const rows = await Promise.all(
    backup.dossiers.map(async ({ dossier, entries }) => {
      const asCopy = existing.has(dossier.id) && choices[dossier.id] !== 'replace';
      const id = asCopy ? crypto.randomUUID() : dossier.id;
      // Only a page of this dossier, and for a copy the same page of the copy (issue 16, item 9).
      const { lastPath, ...fields } = dossier;
      const page = isOwnPath(dossier.id, lastPath)
        ? { lastPath: `/dossiers/${id}${lastPath.slice(`/dossiers/${dossier.id}`.length)}` }
        : {};
      const named = { ...fields, ...page, id, ...(asCopy ? { name: copyName(dossier) } : {}) };
      return {
        id,
        replace: !asCopy,
        dossier: await sealDossierRow(named),
        entries: await Promise.all(
          entries.map(async (e) => ({
            dossierId: id,
            key: e.key,
            value: await sealValue(e.value, entryContext(id, e.key)),
            updatedAt: e.updatedAt,
          })),
        ),
      };
    }),
  );
  await db.transaction('rw', db.dossiers, db.entries, async () => {
    for (const row of rows) {
      // Replacing (chosen, or a deleted dossier with this id): no answer of the old one may remain.
      if (row.replace) await db.entries.where('dossierId').equals(row.id).delete();
      await db.dossiers.put(row.dossier);
      await db.entries.bulkPut(row.entries);
    }
  });
  if (rows.length > 0) await markDevice();
  return rows.map((r) => r.id);
}

/** Reads and imports in one go; a bad file changes nothing and says why. */
export async function restoreFromText(
  text: string,
  choices: Readonly<Record<string, ImportChoice>>,
  copyName: (d: Dossier) => string,
  passphrase?: string,
): Promise<{ ok: true; ids: string[] } | { ok: false; error: BackupError }> {
  const read = await readAnyBackup(text, passphrase);
  if (!read.ok) return read;
  return { ok: true, ids: await importBackup(read.backup, choices, copyName) };
}

/** After this many changed answers without a backup, the app quietly suggests one. */
export const backupReminderAfter = 15;

const backupKey = (id: string) => `backup:${id}`;
const backupMark = z.object({ at: z.string().optional(), dismissedAt: z.string().optional() });

export async function noteBackupMade(
  ids: readonly string[],
  now: Date = new Date(),
): Promise<void> {
  const at = now.toISOString();
  await database().meta.bulkPut(ids.map((id) => ({ key: backupKey(id), at })));
}

/** "Niet nu": the reminder stays away until as many answers have changed again. */
export async function dismissBackupReminder(id: string, now: Date = new Date()): Promise<void> {
  const db = database();
  const mark = backupMark.safeParse(await db.meta.get(backupKey(id)));
  const kept = mark.success && mark.data.at ? { at: mark.data.at } : {};
  await db.meta.put({ key: backupKey(id), ...kept, dismissedAt: now.toISOString() });
}

async function readMark(
  id: string,
): Promise<{ at?: string | undefined; dismissedAt?: string | undefined }> {
  const mark = backupMark.safeParse(await database().meta.get(backupKey(id)));
  return mark.success ? mark.data : {};
}

/** The later of the last backup and the last "Niet nu": what is newer counts as changed. */
const sinceOf = (mark: { at?: string | undefined; dismissedAt?: string | undefined }) =>
  [mark.at ?? '', mark.dismissedAt ?? ''].sort().at(-1) ?? '';

/** How many answers changed since the last backup of this dossier (or the last "Niet nu"). */
export async function changesSinceBackup(id: string): Promise<number> {
  const since = sinceOf(await readMark(id));
  return database()
    .entries.where('dossierId')
    .equals(id)
    .filter((row) => row.updatedAt > since)
    .count();
}

export interface BackupState {
  /** When this dossier was last put in a backup on this device (ISO); missing when never. */
  at?: string;
  /** Answers changed since the last backup or the last "Niet nu". */
  changes: number;
  /** Parts of the preparation marked done since then: a big step (`part:<id>` is "klaar"). */
  partsDone: number;
}

/** The last backup and what changed since, for the overview (issue 18, part 3). */
export async function readBackupState(id: string): Promise<BackupState> {
  const mark = await readMark(id);
  const since = sinceOf(mark);
  const changed = await database()
    .entries.where('dossierId')
    .equals(id)
    .filter((row) => row.updatedAt > since)
    .toArray();
  // Opened, as the lock may have sealed them; only the few part rows.
  const parts = await openRows(changed.filter((row) => row.key.startsWith('part:')));
  return {
    ...(mark.at ? { at: mark.at } : {}),
    changes: changed.length,
    partsDone: parts.filter((row) => row.value === 'klaar').length,
  };
}
