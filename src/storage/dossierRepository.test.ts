import { beforeEach, describe, expect, it } from 'vitest';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import {
  createDossier,
  deleteDossier,
  DossierNameError,
  getDossier,
  listDossiers,
  renameDossier,
} from './dossierRepository';

let db: AanTafelDatabase;
beforeEach(async () => {
  db = new AanTafelDatabase(`test-${crypto.randomUUID()}`);
  setDatabaseForTests(db);
  await db.open();
});

describe('dossier repository', () => {
  it('creates a dossier with a trimmed name and timestamps', async () => {
    const d = await createDossier('  Mam  ', new Date('2026-03-02T10:00:00Z'));
    expect(d.name).toBe('Mam');
    expect(d.createdAt).toBe('2026-03-02T10:00:00.000Z');
    expect(await getDossier(d.id)).toEqual(d);
  });

  it('lists dossiers, most recently changed first', async () => {
    const a = await createDossier('A', new Date('2026-03-01T10:00:00Z'));
    const b = await createDossier('B', new Date('2026-03-05T10:00:00Z'));
    expect((await listDossiers()).map((d) => d.id)).toEqual([b.id, a.id]);
    await renameDossier(a.id, 'A2', new Date('2026-03-09T10:00:00Z'));
    expect((await listDossiers()).map((d) => d.name)).toEqual(['A2', 'B']);
  });

  it('renames, and says when the dossier is gone', async () => {
    const d = await createDossier('Oud');
    expect(await renameDossier(d.id, 'Nieuw')).toBe(true);
    expect((await getDossier(d.id))?.name).toBe('Nieuw');
    expect(await renameDossier('bestaat-niet', 'X')).toBe(false);
  });

  it('deletes one dossier and leaves the others', async () => {
    const a = await createDossier('A');
    const b = await createDossier('B');
    await deleteDossier(a.id);
    expect(await getDossier(a.id)).toBeUndefined();
    expect((await listDossiers()).map((d) => d.id)).toEqual([b.id]);
  });

  it('refuses an empty or too long name, and stores nothing', async () => {
    await expect(createDossier('   ')).rejects.toThrow(DossierNameError);
    await expect(createDossier('x'.repeat(61))).rejects.toMatchObject({ reason: 'tooLong' });
    expect(await listDossiers()).toEqual([]);
    const d = await createDossier('Goed');
    await expect(renameDossier(d.id, '')).rejects.toMatchObject({ reason: 'required' });
    expect((await getDossier(d.id))?.name).toBe('Goed');
  });

  it('repairs stored rows that do not fit the schema, and skips rows without an id', async () => {
    await db.dossiers.bulkPut([
      {
        id: 'ok',
        name: 'Goed',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
      },
      { id: 'bad-dates', name: 'Datum kwijt', createdAt: 'gisteren', updatedAt: 42 },
      { id: 'long-name', name: 'n'.repeat(500), createdAt: '2026-01-01T00:00:00.000Z' },
      { id: 'no-name', name: null, updatedAt: '2026-01-03T00:00:00.000Z' },
    ]);
    const list = await listDossiers();
    expect(list.map((d) => d.id)).toEqual(['no-name', 'ok', 'long-name', 'bad-dates']);
    expect(list.find((d) => d.id === 'long-name')?.name).toHaveLength(60);
    expect(list.find((d) => d.id === 'no-name')?.name).toBe('');
    expect(list.find((d) => d.id === 'bad-dates')?.updatedAt).toBe('1970-01-01T00:00:00.000Z');
  });
});
