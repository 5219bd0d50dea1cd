import { beforeEach, describe, expect, it } from 'vitest';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import {
  createDossier,
  deleteDossier,
  DossierNameError,
  getDossier,
  lastDossier,
  listDeletedDossiers,
  listDossiers,
  purgeDeleted,
  renameDossier,
  restoreDossier,
  setLastPath,
} from './dossierRepository';
import { saveEntry } from './entryRepository';

let db: AanTafelDatabase;
beforeEach(async () => {
  db = new AanTafelDatabase(`test-${crypto.randomUUID()}`);
  setDatabaseForTests(db);
  await db.open();
});

describe('dossier repository', () => {
  it('creates a dossier for yourself or for someone else, with trimmed names', async () => {
    const self = await createDossier(
      { subject: 'self', helperName: ' Kees ' },
      new Date('2026-03-02T10:00:00Z'),
    );
    expect(self).toMatchObject({ subject: 'self', personName: '', helperName: 'Kees', name: '' });
    expect(self.createdAt).toBe('2026-03-02T10:00:00.000Z');
    const other = await createDossier({ subject: 'other', personName: '  Ans ' });
    expect(other).toMatchObject({ subject: 'other', personName: 'Ans', helperName: '' });
    expect(await getDossier(other.id)).toEqual(other);
  });

  it('needs a first name when the gesprek is for someone else', async () => {
    await expect(createDossier({ subject: 'other', personName: ' ' })).rejects.toThrow(
      DossierNameError,
    );
    await expect(
      createDossier({ subject: 'other', personName: 'x'.repeat(61) }),
    ).rejects.toMatchObject({
      reason: 'tooLong',
    });
    expect(await listDossiers()).toEqual([]);
  });

  it('lists dossiers, most recently changed first; a saved answer counts as a change', async () => {
    const a = await createDossier({ subject: 'self' }, new Date('2026-03-01T10:00:00Z'));
    const b = await createDossier({ subject: 'self' }, new Date('2026-03-05T10:00:00Z'));
    expect((await listDossiers()).map((d) => d.id)).toEqual([b.id, a.id]);
    await saveEntry(a.id, 'answer:vraag-1', 'ja', new Date('2026-03-09T10:00:00Z'));
    expect((await listDossiers()).map((d) => d.id)).toEqual([a.id, b.id]);
  });

  it('renames, refuses an empty name, and says when the dossier is gone', async () => {
    const d = await createDossier({ subject: 'self' });
    expect(await renameDossier(d.id, ' Mijn gesprek ')).toBe(true);
    expect((await getDossier(d.id))?.name).toBe('Mijn gesprek');
    await expect(renameDossier(d.id, '')).rejects.toMatchObject({ reason: 'required' });
    expect((await getDossier(d.id))?.name).toBe('Mijn gesprek');
    expect(await renameDossier('bestaat-niet', 'X')).toBe(false);
  });

  it('deletes so that it can be undone, and purges for good later', async () => {
    const a = await createDossier({ subject: 'self' });
    const b = await createDossier({ subject: 'other', personName: 'Ans' });
    await saveEntry(a.id, 'answer:vraag-1', 'nee');
    await deleteDossier(a.id, new Date('2026-03-02T10:00:00Z'));
    expect(await getDossier(a.id)).toBeUndefined();
    expect((await listDossiers()).map((d) => d.id)).toEqual([b.id]);
    expect((await listDeletedDossiers()).map((d) => d.id)).toEqual([a.id]);

    expect(await restoreDossier(a.id)).toBe(true);
    expect((await getDossier(a.id))?.deletedAt).toBeUndefined();

    await deleteDossier(a.id, new Date('2026-03-02T10:00:00Z'));
    expect(await purgeDeleted(new Date('2026-03-02T10:00:00Z'))).toBe(0);
    expect(await purgeDeleted(new Date('2026-03-02T10:01:00Z'))).toBe(1);
    expect(await db.dossiers.get(a.id)).toBeUndefined();
    expect(await db.entries.where('dossierId').equals(a.id).count()).toBe(0);
    expect(await getDossier(b.id)).toBeDefined();
  });

  it('remembers the last page, for "Verder waar je was"', async () => {
    expect(await lastDossier()).toBeUndefined();
    const d = await createDossier({ subject: 'self' });
    await setLastPath(d.id, `/dossiers/${d.id}/vragen/vraag-2`);
    expect(await lastDossier()).toMatchObject({
      id: d.id,
      lastPath: `/dossiers/${d.id}/vragen/vraag-2`,
    });
  });

  it('drops, on read, a last path that is not a page of that dossier (issue 16, item 9)', async () => {
    const d = await createDossier({ subject: 'self' });
    const other = crypto.randomUUID();
    for (const lastPath of [
      'https://evil.example/dossiers',
      '//evil.example/x',
      `/dossiers/${d.id}//evil.example`,
      `/dossiers/${d.id}/\\evil.example`,
      `/dossiers/${d.id}/vragen\u0000x`,
      `/dossiers/${d.id}/vragen\r`,
      `/dossiers/${d.id}/../../reservekopie`,
      `/dossiers/${d.id}/%2e%2e/reservekopie`,
      `/dossiers/${other}/vragen/vraag-1`,
      `/dossiers/${d.id}x/vragen`,
      'javascript:alert(1)',
    ]) {
      await db.dossiers.update(d.id, { lastPath });
      expect(await lastDossier(), lastPath).toBeUndefined();
    }
    for (const lastPath of [`/dossiers/${d.id}`, `/dossiers/${d.id}/plan/wonen/trap`]) {
      await db.dossiers.update(d.id, { lastPath });
      expect((await lastDossier())?.lastPath).toBe(lastPath);
    }
  });

  it('repairs stored rows that do not fit the schema', async () => {
    await db.dossiers.bulkPut([
      {
        id: 'ok',
        name: 'Goed',
        subject: 'other',
        personName: 'Ans',
        helperName: '',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
      },
      { id: 'bad-dates', name: 'Datum kwijt', createdAt: 'gisteren', updatedAt: 42 },
      {
        id: 'long-name',
        name: 'n'.repeat(500),
        subject: 'iemand',
        createdAt: '2026-01-01T00:00:00.000Z',
      },
      {
        id: 'no-name',
        name: null,
        updatedAt: '2026-01-03T00:00:00.000Z',
        lastPath: 'https://elders.example',
      },
    ]);
    const list = await listDossiers();
    expect(list.map((d) => d.id)).toEqual(['no-name', 'ok', 'long-name', 'bad-dates']);
    expect(list.find((d) => d.id === 'long-name')).toMatchObject({
      subject: 'self',
      personName: '',
    });
    expect(list.find((d) => d.id === 'long-name')?.name).toHaveLength(60);
    expect(list.find((d) => d.id === 'no-name')).toMatchObject({ name: '' });
    expect(list.find((d) => d.id === 'no-name')?.lastPath).toBeUndefined();
    expect(list.find((d) => d.id === 'bad-dates')?.updatedAt).toBe('1970-01-01T00:00:00.000Z');
  });
});
