import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { AanTafelDatabase, setDatabaseForTests } from '../db';
import { listDossiers } from '../dossierRepository';
import { readEntries } from '../entryRepository';
import { currentVersion, migrations } from './versions';

/**
 * A fixture database for every past schema version, built with that version's own schema,
 * upgrades to the current one with nothing lost (architecture rule 5).
 */
const dossier = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Dossier ${id}`,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: `2026-01-0${id.length + 1}T00:00:00.000Z`,
  ...extra,
});

const fixtures: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    await db.table('dossiers').bulkPut([dossier('a'), dossier('bb')]);
  },
  2: async (db) => {
    const v2 = { subject: 'other', personName: 'Ans', helperName: 'Kees', lastPath: '/dossiers/a' };
    await db
      .table('dossiers')
      .bulkPut([dossier('a', v2), dossier('bb', { ...v2, subject: 'self' })]);
    await db.table('entries').bulkPut([
      { dossierId: 'a', key: 'answer:vraag-1', value: 'ja', updatedAt: '2026-01-03T00:00:00.000Z' },
      {
        dossierId: 'a',
        key: 'ws:naam',
        value: { text: 'Ans 👵', private: false },
        updatedAt: '2026-01-03T00:00:00.000Z',
      },
    ]);
  },
  3: async (db) => {
    await fixtures[2]?.(db);
    await db.table('entries').put({
      dossierId: 'a',
      key: 'ws:eigen-vragen',
      value: { text: 'Wat kost het?', private: false },
      updatedAt: '2026-01-03T00:00:00.000Z',
    });
  },
};

async function buildFixture(name: string, version: number): Promise<void> {
  const old = new Dexie(name);
  for (const m of migrations.filter((x) => x.version <= version)) {
    old.version(m.version).stores(m.stores);
  }
  await old.open();
  await fixtures[version]?.(old);
  old.close();
}

describe('every past schema version upgrades to the current one', () => {
  it('has a fixture for every version before the current one', () => {
    const past = migrations.map((m) => m.version).filter((v) => v < currentVersion);
    expect(Object.keys(fixtures).map(Number)).toEqual(past);
  });

  it.each(Object.keys(fixtures).map(Number))('from version %i', async (version) => {
    const name = `upgrade-${version}-${crypto.randomUUID()}`;
    await buildFixture(name, version);
    const db = new AanTafelDatabase(name);
    setDatabaseForTests(db);
    await db.open();
    expect(db.verno).toBe(currentVersion);
    const list = await listDossiers();
    expect(list.map((d) => [d.id, d.name])).toEqual([
      ['bb', 'Dossier bb'],
      ['a', 'Dossier a'],
    ]);
    if (version >= 2) {
      expect(list[1]).toMatchObject({ subject: 'other', personName: 'Ans', helperName: 'Kees' });
      const entries = await readEntries('a');
      expect(entries.answers).toEqual({ 'vraag-1': 'ja' });
      // Version 4 adds the ids of the own questions, when there are any.
      expect(await db.entries.count()).toBe(version >= 3 ? 4 : 2);
    }
    expect(await db.table('meta').count()).toBe(0);
    db.close();
  });
});
