import { beforeEach, describe, expect, it } from 'vitest';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier } from './dossierRepository';
import { removeOrphanEntries } from './orphans';
import { setVaultState } from './vault';

let db: AanTafelDatabase;

beforeEach(() => {
  db = new AanTafelDatabase(`orphans-${crypto.randomUUID()}`);
  setDatabaseForTests(db);
  setVaultState({ mode: 'off' });
});

describe('orphan answer rows (issue 16, item 4)', () => {
  it('removes a row no dossier points to, and keeps every other', async () => {
    const d = await createDossier({ subject: 'self' });
    const at = new Date().toISOString();
    await db.entries.put({ dossierId: d.id, key: 'answer:vraag-1', value: 'ja', updatedAt: at });
    await db.entries.put({ dossierId: 'weg', key: 'ws:naam', value: 'geheim', updatedAt: at });
    expect(await removeOrphanEntries()).toBe(1);
    expect((await db.entries.toArray()).map((r) => r.dossierId)).toEqual([d.id]);
  });
});
