import { database } from './db';
import { dossierNameMax, repairDossier, type Dossier } from './records';

export class DossierNameError extends Error {
  constructor(readonly reason: 'required' | 'tooLong') {
    super(`Invalid dossier name: ${reason}`);
    this.name = 'DossierNameError';
  }
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new DossierNameError('required');
  if (trimmed.length > dossierNameMax) throw new DossierNameError('tooLong');
  return trimmed;
}

export async function createDossier(name: string, now: Date = new Date()): Promise<Dossier> {
  const at = now.toISOString();
  const dossier: Dossier = {
    id: crypto.randomUUID(),
    name: cleanName(name),
    createdAt: at,
    updatedAt: at,
  };
  await database().dossiers.add(dossier);
  return dossier;
}

/** All dossiers, most recently changed first. Rows that cannot be repaired are skipped. */
export async function listDossiers(): Promise<Dossier[]> {
  const rows = await database().dossiers.toArray();
  return rows
    .map(repairDossier)
    .filter((d): d is Dossier => d !== null)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getDossier(id: string): Promise<Dossier | undefined> {
  const row = await database().dossiers.get(id);
  return row === undefined ? undefined : (repairDossier(row) ?? undefined);
}

/** Returns false when the dossier no longer exists. */
export async function renameDossier(
  id: string,
  name: string,
  now: Date = new Date(),
): Promise<boolean> {
  const clean = cleanName(name);
  const db = database();
  return db.transaction('rw', db.dossiers, async () => {
    const current = await getDossier(id);
    if (!current) return false;
    await db.dossiers.put({ ...current, name: clean, updatedAt: now.toISOString() });
    return true;
  });
}

export async function deleteDossier(id: string): Promise<void> {
  await database().dossiers.delete(id);
}
