import { countLiveDossiers, database } from './db';
import { forgetDevice, markDevice } from './deviceMarker';
import { dossierNameMax, repairDossier, type Dossier, type DossierSubject } from './records';
import { openDossierRow, sealDossierRow } from './vault';

export class DossierNameError extends Error {
  constructor(readonly reason: 'required' | 'tooLong') {
    super(`Invalid dossier name: ${reason}`);
    this.name = 'DossierNameError';
  }
}

function cleanName(name: string, required = true): string {
  const trimmed = name.trim();
  if (required && trimmed.length === 0) throw new DossierNameError('required');
  if (trimmed.length > dossierNameMax) throw new DossierNameError('tooLong');
  return trimmed;
}

export interface NewDossier {
  subject: DossierSubject;
  /** Required when the gesprek is for someone else. */
  personName?: string;
  helperName?: string;
}

export async function createDossier(input: NewDossier, now: Date = new Date()): Promise<Dossier> {
  const at = now.toISOString();
  const dossier: Dossier = {
    id: crypto.randomUUID(),
    name: '',
    subject: input.subject,
    personName: input.subject === 'other' ? cleanName(input.personName ?? '') : '',
    helperName: cleanName(input.helperName ?? '', false),
    createdAt: at,
    updatedAt: at,
  };
  await database().dossiers.add(await sealDossierRow(dossier));
  await markDevice(now);
  return dossier;
}

/** A stored row as a dossier: opened when sealed, repaired when it can be, null when not. */
async function readRow(row: unknown): Promise<Dossier | null> {
  return row === undefined ? null : repairDossier(await openDossierRow(row));
}

async function allDossiers(): Promise<Dossier[]> {
  const rows = await Promise.all((await database().dossiers.toArray()).map(readRow));
  return rows.filter((d): d is Dossier => d !== null);
}

/** All dossiers not deleted, most recently changed first. Rows that cannot be repaired are skipped. */
export async function listDossiers(): Promise<Dossier[]> {
  return (await allDossiers())
    .filter((d) => !d.deletedAt)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Deleted dossiers that can still be restored, most recently deleted first. */
export async function listDeletedDossiers(): Promise<Dossier[]> {
  return (await allDossiers())
    .filter((d) => d.deletedAt)
    .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}

/** A dossier that exists and is not deleted. */
export async function getDossier(id: string): Promise<Dossier | undefined> {
  const dossier = await readRow(await database().dossiers.get(id));
  return dossier && !dossier.deletedAt ? dossier : undefined;
}

/** Changes the resident's own words: read, open, change, seal, write. */
async function update(id: string, change: (d: Dossier) => Dossier): Promise<boolean> {
  const db = database();
  const current = await readRow(await db.dossiers.get(id));
  if (!current) return false;
  await db.dossiers.put(await sealDossierRow(change(current)));
  return true;
}

/** Changes fields that are never sealed (paths and times), without opening the row. */
async function updatePlain(id: string, changes: Partial<Dossier>): Promise<boolean> {
  return (await database().dossiers.update(id, changes)) === 1;
}

/** Returns false when the dossier no longer exists. */
export async function renameDossier(
  id: string,
  name: string,
  now: Date = new Date(),
): Promise<boolean> {
  const clean = cleanName(name);
  return update(id, (d) => ({ ...d, name: clean, updatedAt: now.toISOString() }));
}

/** Remembers the page the resident is on, without counting it as a change to the dossier. */
export async function setLastPath(id: string, path: string): Promise<void> {
  await updatePlain(id, { lastPath: path.slice(0, 300) });
}

/** The dossier to return to: the one changed or opened last. */
export async function lastDossier(): Promise<Dossier | undefined> {
  return (await listDossiers()).find((d) => d.lastPath);
}

/** Deletes so that it can be undone: the dossier is hidden until purgeDeleted removes it. */
export async function deleteDossier(id: string, now: Date = new Date()): Promise<void> {
  await updatePlain(id, { deletedAt: now.toISOString() });
  // She emptied this device herself: an empty app next time is no surprise (deviceMarker.ts).
  if ((await countDossiers()) === 0) await forgetDevice();
}

export async function restoreDossier(id: string): Promise<boolean> {
  // Dexie removes a property that is updated to undefined.
  const restored = await updatePlain(id, { deletedAt: undefined } as Partial<Dossier>);
  if (restored) await markDevice();
  return restored;
}

/** Removes dossiers (and their answers) deleted before `before`, for good. */
export async function purgeDeleted(before: Date): Promise<number> {
  const db = database();
  const cutoff = before.toISOString();
  const gone = (await listDeletedDossiers()).filter((d) => (d.deletedAt ?? '') < cutoff);
  if (gone.length === 0) return 0;
  await db.transaction('rw', db.dossiers, db.entries, async () => {
    for (const d of gone) {
      await db.entries.where('dossierId').equals(d.id).delete();
      await db.dossiers.delete(d.id);
    }
  });
  return gone.length;
}

/** How many dossiers this device holds, counted without opening any (works while locked). */
export async function countDossiers(): Promise<number> {
  return countLiveDossiers();
}
