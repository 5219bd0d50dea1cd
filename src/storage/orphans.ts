import { database } from './db';

/**
 * Removes answer rows that no dossier points to (issue 16, item 4). Before the fix, a keystroke
 * in a second tab after "Wis alles" re-created the database with such a row: the whole text,
 * shown nowhere and never deleted. Dossier ids are plain, so this works while locked too.
 */
export async function removeOrphanEntries(): Promise<number> {
  const db = database();
  return db.transaction('rw', db.entries, db.dossiers, async () => {
    const ids = new Set((await db.dossiers.toCollection().primaryKeys()).map(String));
    return db.entries.filter((row) => !ids.has(row.dossierId)).delete();
  });
}
