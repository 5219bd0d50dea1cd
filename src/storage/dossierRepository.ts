import { database } from './db';
import { dossierNameMax, repairDossier, type Dossier, type DossierSubject } from './records';

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
  await database().dossiers.add(dossier);
  return dossier;
}

async function allDossiers(): Promise<Dossier[]> {
  const rows = await database().dossiers.toArray();
  return rows.map(repairDossier).filter((d): d is Dossier => d !== null);
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
  const row = await database().dossiers.get(id);
  const dossier = row === undefined ? undefined : (repairDossier(row) ?? undefined);
  return dossier?.deletedAt ? undefined : dossier;
}

async function update(id: string, change: (d: Dossier) => Dossier): Promise<boolean> {
  const db = database();
  return db.transaction('rw', db.dossiers, async () => {
    const row = await db.dossiers.get(id);
    const current = row === undefined ? null : repairDossier(row);
    if (!current) return false;
    await db.dossiers.put(change(current));
    return true;
  });
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
  await update(id, (d) => ({ ...d, lastPath: path.slice(0, 300) }));
}

/** The dossier to return to: the one changed or opened last. */
export async function lastDossier(): Promise<Dossier | undefined> {
  return (await listDossiers()).find((d) => d.lastPath);
}

/** Deletes so that it can be undone: the dossier is hidden until purgeDeleted removes it. */
export async function deleteDossier(id: string, now: Date = new Date()): Promise<void> {
  await update(id, (d) => ({ ...d, deletedAt: now.toISOString() }));
}

export async function restoreDossier(id: string): Promise<boolean> {
  return update(id, (d) => {
    const restored = { ...d };
    delete restored.deletedAt;
    return restored;
  });
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
