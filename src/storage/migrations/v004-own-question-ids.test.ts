import { beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { deriveKey, randomSalt, seal } from '../../lib/crypto';
import { AanTafelDatabase, setDatabaseForTests } from '../db';
import { readEntries } from '../entryRepository';
import { loadLock, unlock } from '../lock';
import { resetAutosave } from '../autosave';
import { entryContext, setVaultState } from '../vault';
import { migrations } from './versions';

/** FNV-1a of the lowercased line, in base 36: how version 3 made a tick's key. */
function wordHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text.toLowerCase()) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const at = '2026-03-01T10:00:00.000Z';
const text = 'Wat kost het?\nWie belt mij?';
const row = (dossierId: string, key: string, value: unknown) => ({
  dossierId,
  key,
  value,
  updatedAt: at,
});
const dossier = (id: string) => ({
  id,
  name: 'Mam',
  subject: 'self',
  personName: '',
  helperName: '',
  createdAt: at,
  updatedAt: at,
});

/** A database exactly as version 3 left it, with the given rows. */
async function version3(name: string, fill: (db: Dexie) => Promise<void>): Promise<void> {
  const old = new Dexie(name);
  for (const m of migrations.filter((x) => x.version <= 3)) {
    old.version(m.version).stores(m.stores);
  }
  await old.open();
  await fill(old);
  old.close();
}

beforeEach(() => {
  localStorage.clear();
  resetAutosave();
  setVaultState({ mode: 'loading' });
});

describe('migration v3 → v4: own-question ticks under random ids (issue 16, item 3)', () => {
  it('moves plain ticks to random ids stored with the text, and removes ticks of gone questions', async () => {
    const name = `v4-${crypto.randomUUID()}`;
    const id = crypto.randomUUID();
    await version3(name, async (db) => {
      await db.table('dossiers').put(dossier(id));
      await db
        .table('entries')
        .bulkPut([
          row(id, 'ws:eigen-vragen', { text, private: false }),
          row(id, `tick:eigen:${wordHash('Wie belt mij?')}`, true),
          row(id, `tick:eigen:${wordHash('Een vraag die weg is')}`, true),
          row(id, 'tick:during:vraag-verslag', true),
        ]);
    });
    const db = new AanTafelDatabase(name);
    setDatabaseForTests(db);
    await db.open();
    expect(db.verno).toBe(4);
    const keys = (await db.entries.toArray()).map((r) => r.key);
    expect(keys.join('\n')).not.toContain(wordHash('Wie belt mij?'));
    expect(keys.join('\n')).not.toContain(wordHash('Een vraag die weg is'));
    const entries = await readEntries(id);
    const ids = entries.chosen['eigen-vragen'] ?? [];
    expect(ids).toHaveLength(2);
    for (const i of ids) expect(i).toMatch(uuid);
    expect(entries.ticks).toEqual({ [`eigen:${ids[1]}`]: true, 'during:vraag-verslag': true });
    expect(entries.worksheet['eigen-vragen']).toEqual({ text, private: false });
    db.close();
  });

  it('leaves sealed rows as they are, and moves them once the app is unlocked', async () => {
    const name = `v4-locked-${crypto.randomUUID()}`;
    const id = crypto.randomUUID();
    const salt = randomSalt();
    const iterations = 1_000; // a fixture: the app itself uses 600,000
    const key = await deriveKey('blauwe fiets', salt, iterations);
    const oldTick = `tick:eigen:${wordHash('Wie belt mij?')}`;
    await version3(name, async (db) => {
      await db.table('meta').put({
        key: 'lock',
        salt,
        iterations,
        check: await seal(key, 'aan-tafel', 'lock-check'),
        idleMinutes: 15,
      });
      await db.table('dossiers').put({
        id,
        createdAt: at,
        updatedAt: at,
        sealed: await seal(
          key,
          { name: 'Mam', subject: 'self', personName: '', helperName: '' },
          `dossier|${id}`,
        ),
      });
      await db
        .table('entries')
        .bulkPut([
          row(
            id,
            'ws:eigen-vragen',
            await seal(key, { text, private: false }, entryContext(id, 'ws:eigen-vragen')),
          ),
          row(id, oldTick, await seal(key, true, entryContext(id, oldTick))),
        ]);
    });
    const db = new AanTafelDatabase(name);
    setDatabaseForTests(db);
    await db.open();
    expect(db.verno).toBe(4);
    // Without the passphrase nothing can be moved: the rows are as they were.
    expect((await db.entries.toArray()).map((r) => r.key).sort()).toEqual(
      [oldTick, 'ws:eigen-vragen'].sort(),
    );

    await loadLock();
    await unlock('blauwe fiets');
    await expect
      .poll(async () => (await db.entries.toArray()).map((r) => r.key).join('\n'))
      .not.toContain(wordHash('Wie belt mij?'));
    const entries = await readEntries(id);
    const ids = entries.chosen['eigen-vragen'] ?? [];
    expect(ids).toHaveLength(2);
    expect(entries.ticks).toEqual({ [`eigen:${ids[1]}`]: true });
    // Still sealed: nothing of the words is readable in the rows.
    expect(JSON.stringify(await db.entries.toArray())).not.toContain('belt');
    db.close();
  });
});
