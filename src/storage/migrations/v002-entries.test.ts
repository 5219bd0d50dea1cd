import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { AanTafelDatabase } from '../db';
import { v001Initial } from './v001-initial';

/** Builds a database exactly as version 1 of the app left it. */
async function version1Fixture(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(v001Initial.stores);
  await old.open();
  await old.table('dossiers').bulkPut([
    {
      id: 'a',
      name: 'Mam',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
    },
    {
      id: 'b',
      name: 'Ik',
      createdAt: '2026-02-01T00:00:00.000Z',
      updatedAt: '2026-02-02T00:00:00.000Z',
    },
  ]);
  old.close();
}

describe('migration v1 → v2', () => {
  it('keeps every dossier, adds the new fields, and creates the entries table', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await version1Fixture(name);
    const db = new AanTafelDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.dossiers.toArray()).toEqual([
      {
        id: 'a',
        name: 'Mam',
        subject: 'self',
        personName: '',
        helperName: '',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
      },
      {
        id: 'b',
        name: 'Ik',
        subject: 'self',
        personName: '',
        helperName: '',
        createdAt: '2026-02-01T00:00:00.000Z',
        updatedAt: '2026-02-02T00:00:00.000Z',
      },
    ]);
    await db.entries.put({
      dossierId: 'a',
      key: 'answer:vraag-1',
      value: 'ja',
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
    expect(await db.entries.where('dossierId').equals('a').count()).toBe(1);
    db.close();
  });
});
