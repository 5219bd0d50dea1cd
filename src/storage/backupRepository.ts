import { database } from './db';
import { listDossiers } from './dossierRepository';
import { readBackup, type Backup, type BackupDossier, type BackupError } from './backup';
import { repairDossier, type Dossier } from './records';

/** Every dossier (or the chosen ones) with all their answers, ready for makeBackup. */
export async function collectBackup(ids?: readonly string[]): Promise<BackupDossier[]> {
  const db = database();
  const dossiers = (await listDossiers()).filter((d) => !ids || ids.includes(d.id));
  return Promise.all(
    dossiers.map(async (dossier) => ({
      dossier,
      entries: (await db.entries.where('dossierId').equals(dossier.id).toArray()).map(
        ({ key, value, updatedAt }) => ({
          key,
          value,
          updatedAt,
        }),
      ),
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
  const imported: string[] = [];
  await db.transaction('rw', db.dossiers, db.entries, async () => {
    for (const { dossier, entries } of backup.dossiers) {
      const clash = existing.has(dossier.id);
      const asCopy = clash && choices[dossier.id] !== 'replace';
      const id = asCopy ? crypto.randomUUID() : dossier.id;
      // Replacing (chosen, or a deleted dossier with this id): no answer of the old one may remain.
      if (!asCopy) await db.entries.where('dossierId').equals(id).delete();
      await db.dossiers.put({ ...dossier, id, ...(asCopy ? { name: copyName(dossier) } : {}) });
      await db.entries.bulkPut(entries.map((e) => ({ dossierId: id, ...e })));
      imported.push(id);
    }
  });
  return imported;
}

/** Reads and imports in one go; a bad file changes nothing and says why. */
export async function restoreFromText(
  text: string,
  choices: Readonly<Record<string, ImportChoice>>,
  copyName: (d: Dossier) => string,
): Promise<{ ok: true; ids: string[] } | { ok: false; error: BackupError }> {
  const read = readBackup(text);
  if (!read.ok) return read;
  return { ok: true, ids: await importBackup(read.backup, choices, copyName) };
}
