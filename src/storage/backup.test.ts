import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupMaxBytes, makeBackup, readBackup, type BackupDossier } from './backup';
import { collectBackup, existingIds, importBackup, restoreFromText } from './backupRepository';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier } from './dossierRepository';
import { saveEntry } from './entryRepository';
import type { Dossier } from './records';

let db: AanTafelDatabase;
beforeEach(async () => {
  db = new AanTafelDatabase(`test-${crypto.randomUUID()}`);
  setDatabaseForTests(db);
  await db.open();
});
const copyName = (d: Dossier) => `${d.name || d.personName || 'Dossier'} (kopie)`.slice(0, 60);
const snapshot = async () =>
  JSON.stringify([await db.dossiers.toArray(), await db.entries.toArray()]);

async function sample(): Promise<string> {
  const d = await createDossier({ subject: 'other', personName: 'Ans', helperName: 'Kees' });
  await saveEntry(d.id, 'ws:naam', { text: 'Ans de Vries 👵🏼', private: false });
  await saveEntry(d.id, 'ws:woonsituatie', { text: 'שלום — مرحبا — a\u0000b', private: true });
  await saveEntry(d.id, 'answer:vraag-1', 'nee');
  await saveEntry(d.id, 'date:melding', '2-3-2026');
  return makeBackup(await collectBackup(), '0.1.0', new Date('2026-11-22T10:00:00Z'));
}

describe('backup file', () => {
  it('round-trips every dossier and answer, also emoji, RTL and NUL characters', async () => {
    const text = await sample();
    const before = await collectBackup();
    await db.delete();
    db = new AanTafelDatabase(`test-${crypto.randomUUID()}`);
    setDatabaseForTests(db);
    const result = await restoreFromText(text, {}, copyName);
    expect(result.ok).toBe(true);
    expect(await collectBackup()).toEqual(before);
  });

  it.each([
    ['not JSON', '{"app": "aan-tafel", ', 'not-json'],
    ['another app', JSON.stringify({ app: 'iets-anders', format: 1 }), 'wrong-app'],
    ['a newer format', JSON.stringify({ app: 'aan-tafel', format: 99 }), 'newer-format'],
    [
      'a wrong type',
      JSON.stringify({ app: 'aan-tafel', format: 1, appVersion: 1, exportedAt: 'x', dossiers: [] }),
      'invalid',
    ],
    ['too large', `{"app":"aan-tafel","pad":"${'x'.repeat(backupMaxBytes)}"}`, 'too-large'],
  ])('refuses %s with a typed error and changes nothing', async (_name, text, code) => {
    await sample();
    const before = await snapshot();
    const result = await restoreFromText(text, {}, copyName);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(await snapshot()).toBe(before);
  });

  it('refuses a truncated file and an answer of the wrong type', async () => {
    const text = await sample();
    expect(readBackup(text.slice(0, text.length / 2))).toMatchObject({
      ok: false,
      error: { code: 'not-json' },
    });
    const bad = JSON.parse(text) as { dossiers: BackupDossier[] };
    const first = bad.dossiers[0];
    if (first?.entries[0]) first.entries[0].value = 12;
    expect(readBackup(JSON.stringify(bad))).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'dossiers.0.entries.0' },
    });
  });

  it('ignores unknown extra fields', async () => {
    const text = await sample();
    const extra = { ...(JSON.parse(text) as object), nieuwVeld: 'later' };
    expect(readBackup(JSON.stringify(extra)).ok).toBe(true);
  });

  it('adds a dossier that exists as a copy, or replaces it, as chosen', async () => {
    const text = await sample();
    const read = readBackup(text);
    if (!read.ok) throw new Error('sample must be valid');
    const [id] = await existingIds(read.backup);
    expect(id).toBeDefined();
    const copy = await importBackup(read.backup, {}, copyName);
    expect(copy[0]).not.toBe(id);
    expect(await db.dossiers.get(copy[0] ?? '')).toMatchObject({ name: 'Ans (kopie)' });
    expect(await db.dossiers.count()).toBe(2);
    await saveEntry(id ?? '', 'answer:vraag-1', 'ja');
    await importBackup(read.backup, { [id ?? '']: 'replace' }, copyName);
    expect(await db.dossiers.count()).toBe(2);
    expect((await db.entries.get([id ?? '', 'answer:vraag-1']))?.value).toBe('nee');
  });

  it('restores a deleted dossier in its place, without a leftover answer', async () => {
    const text = await sample();
    const read = readBackup(text);
    if (!read.ok) throw new Error('sample must be valid');
    const id = read.backup.dossiers[0]?.dossier.id ?? '';
    await saveEntry(id, 'answer:vraag-2', 'ja');
    await db.dossiers.update(id, { deletedAt: '2026-11-22T11:00:00.000Z' });
    expect(await existingIds(read.backup)).toEqual([]);
    expect(await importBackup(read.backup, {}, copyName)).toEqual([id]);
    expect((await db.dossiers.get(id)) as Dossier).not.toHaveProperty('deletedAt');
    expect(await db.entries.get([id, 'answer:vraag-2'])).toBeUndefined();
    expect((await db.entries.get([id, 'answer:vraag-1']))?.value).toBe('nee');
  });

  it('refuses a text field over the stored limit with a clear error', async () => {
    const text = await sample();
    const big = JSON.parse(text) as { dossiers: BackupDossier[] };
    big.dossiers[0]?.entries.push({
      key: 'ws:adres',
      value: { text: 'x'.repeat(100_001), private: false },
      updatedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(readBackup(JSON.stringify(big))).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    const fits = JSON.parse(text) as { dossiers: BackupDossier[] };
    fits.dossiers[0]?.entries.push({
      key: 'ws:adres',
      value: { text: 'x'.repeat(100_000), private: false },
      updatedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(readBackup(JSON.stringify(fits)).ok).toBe(true);
  });
});

describe('backup fuzzing', () => {
  it('10,000 generated inputs: none crashes, each bad one gets a typed error, the database is unchanged', async () => {
    const valid = JSON.parse(await sample()) as Record<string, unknown>;
    const before = await snapshot();
    const codes = new Set([
      'too-large',
      'not-json',
      'wrong-app',
      'newer-format',
      'invalid',
      'damaged',
      'sealed-value',
      'duplicate',
      'empty',
    ]);
    const mutated = fc
      .tuple(
        fc.constantFrom('app', 'format', 'appVersion', 'exportedAt', 'dossiers'),
        fc.anything({ withNullPrototype: false }),
      )
      .map(([key, value]) => JSON.stringify({ ...valid, [key]: value }));
    const deepMutated = fc.tuple(fc.jsonValue(), fc.nat(40)).map(([value, at]) => {
      const text = JSON.stringify(valid);
      return text.slice(0, at * 20) + JSON.stringify(value) + text.slice(at * 20 + 7);
    });
    const input = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      mutated,
      deepMutated,
      fc.string({ minLength: 10_000, maxLength: 20_000 }),
    );
    let runs = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        runs += 1;
        const result = readBackup(text);
        if (!result.ok) {
          refused += 1;
          expect(codes.has(result.error.code)).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
    expect(runs).toBe(10_000);
    expect(refused).toBeGreaterThan(9_000);
    expect(await snapshot()).toBe(before);
    console.log(
      `Backup fuzzing: ${runs} inputs, ${refused} refused with a typed error, 0 crashes.`,
    );
  }, 120_000);
});
