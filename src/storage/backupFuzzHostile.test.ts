import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSealed } from '../lib/crypto';
import { makeBackup, readBackup, type Backup } from './backup';
import { backupMaxDepth } from './backupChecks';
import { maxKdfIterations, readAnyBackup } from './backupCrypto';
import { collectBackup, importBackup } from './backupRepository';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier } from './dossierRepository';
import { parseEntry } from './entries';
import { saveEntry } from './entryRepository';
import { dossierId, isOwnPath } from './records';
import { setVaultState } from './vault';

/**
 * Backup fuzzing with the hostile shapes of issue 16 (items 9–12): foreign last paths, ids that
 * are not UUIDs, sealed-looking values, deep nesting, duplicates, hidden fields and envelopes with
 * impossible parameters. Whatever is generated, the reader never throws; what it accepts is safe.
 */
let db: AanTafelDatabase;
beforeEach(async () => {
  setVaultState({ mode: 'off' });
  db = new AanTafelDatabase(`fuzz-${crypto.randomUUID()}`);
  setDatabaseForTests(db);
  await db.open();
});

type Json = Record<string, unknown>;
const marker = 'verborgen';
const at = '2026-11-22T10:00:00.000Z';

async function sampleFile(): Promise<Json> {
  for (const personName of ['Ans', 'Kees']) {
    const d = await createDossier({ subject: 'other', personName });
    await saveEntry(d.id, 'ws:naam', { text: `${personName} de Vries`, private: false });
    await saveEntry(d.id, 'letter:afzender', { name: personName });
    await saveEntry(d.id, 'note:gesprek', [{ at, text: 'Eerste notitie' }]);
    await saveEntry(d.id, 'answer:vraag-1', 'nee');
  }
  return JSON.parse(makeBackup(await collectBackup(), '0.1.0', new Date(at))) as Json;
}

/** A place holder for deep nesting, written into the text (JSON.stringify itself would overflow). */
const deepMark = (depth: number) => `\u0001deep:${String(depth)}`;
const toText = (file: Json) =>
  JSON.stringify(file).replace(/"\\u0001deep:(\d+)"/g, (_, n: string) => {
    const depth = Number(n);
    return `${'[{"a":'.repeat(depth >> 1)}${depth % 2 ? '[1]' : '1'}${'}]'.repeat(depth >> 1)}`;
  });

/** One hostile change to a file; `refuse` says whether any reader must refuse it. */
type Change = { apply: (file: Json) => void; refuse?: 'damaged' | 'any' };
const dossiersOf = (file: Json) => file.dossiers as { dossier: Json; entries: Json[] }[];
const pick = <T>(list: T[], i: number): T | undefined => list[i % Math.max(list.length, 1)];

const lastPath: fc.Arbitrary<Change> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('https://evil.example/', '//evil.example', 'javascript:alert(1)', '/\\evil'),
      fc.string({ maxLength: 40 }).map((s) => `/ID/${s}`),
      fc.constantFrom('/ID', '/ID/vragen/vraag-2', '/ID//evil.example', '/ID/../..', '/ID/a\r'),
      fc.string({ maxLength: 40 }),
    ),
    fc.nat(),
  )
  .map(([path, i]) => ({
    apply: (file) => {
      const d = pick(dossiersOf(file), i);
      if (d) d.dossier.lastPath = path.replace('/ID', `/dossiers/${String(d.dossier.id)}`);
    },
  }));

const badId: fc.Arbitrary<Change> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('../../reservekopie', 'a/b?c#d', `${crypto.randomUUID()}\r`, ' '),
      fc.string({ maxLength: 60 }),
      fc.uuid().map((u) => `${u}/x`),
    ),
    fc.nat(),
  )
  .map(([id, i]) => ({
    apply: (file) => {
      const d = pick(dossiersOf(file), i);
      if (d) d.dossier.id = id;
    },
  }));

const sealedValue: fc.Arbitrary<Change> = fc
  .tuple(fc.string(), fc.string(), fc.dictionary(fc.string(), fc.jsonValue()), fc.nat(), fc.nat())
  .map(([iv, ct, extra, i, j]) => ({
    refuse: 'any',
    apply: (file) => {
      const e = pick(pick(dossiersOf(file), i)?.entries ?? [], j);
      if (e) e.value = { ...extra, sealed: 1, iv, ct };
    },
  }));

const deep: fc.Arbitrary<Change> = fc
  .tuple(fc.integer({ min: backupMaxDepth, max: 6_000 }), fc.nat(), fc.nat(), fc.boolean())
  .map(([depth, i, j, hidden]) => ({
    refuse: 'damaged',
    apply: (file) => {
      const e = pick(pick(dossiersOf(file), i)?.entries ?? [], j);
      if (!e) return void (file[marker] = deepMark(depth));
      if (hidden) e.value = { ...(e.value as Json), [marker]: deepMark(depth) };
      else e.value = deepMark(depth);
    },
  }));

const duplicate: fc.Arbitrary<Change> = fc.tuple(fc.boolean(), fc.nat()).map(([whole, i]) => ({
  refuse: 'any',
  apply: (file) => {
    const list = dossiersOf(file);
    const d = pick(list, i);
    if (!d) return;
    if (whole) list.push({ dossier: { ...d.dossier }, entries: [] });
    else if (d.entries[0]) d.entries.push({ ...d.entries[0] });
  },
}));

const hidden: fc.Arbitrary<Change> = fc
  .tuple(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom('file', 'dossier', 'entry', 'value'),
    fc.nat(),
  )
  .map(([value, where, i]) => ({
    apply: (file) => {
      const d = pick(dossiersOf(file), i);
      const e = pick(d?.entries ?? [], i);
      if (where === 'file') file[marker] = value;
      else if (where === 'dossier' && d) d.dossier[marker] = value;
      else if (where === 'entry' && e) e[marker] = value;
      else if (e && typeof e.value === 'object' && e.value !== null && !Array.isArray(e.value))
        e.value = { ...(e.value as Json), [marker]: value };
    },
  }));

const change = fc.oneof(lastPath, badId, sealedValue, deep, duplicate, hidden);

/** What an accepted file must be: only UUIDs, once each, own pages, parsed values, nothing hidden. */
function expectSafe(backup: Backup): void {
  const ids = backup.dossiers.map((d) => d.dossier.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const { dossier, entries } of backup.dossiers) {
    expect(dossierId.safeParse(dossier.id).success).toBe(true);
    if (dossier.lastPath !== undefined) expect(isOwnPath(dossier.id, dossier.lastPath)).toBe(true);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
    for (const e of entries) {
      expect(isSealed(e.value)).toBe(false);
      expect(parseEntry(e.key, e.value)).toEqual(e.value);
    }
  }
  expect(JSON.stringify(backup)).not.toContain(marker);
}

describe('backup fuzzing with hostile shapes', () => {
  it('5,000 hostile files: none crashes, each is refused with a typed error or accepted safe', async () => {
    const valid = await sampleFile();
    let refused = 0;
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        const file = structuredClone(valid);
        // Deep nesting last, so that no other change replaces it.
        const ordered = [...changes].sort(
          (a, b) => Number(a.refuse === 'damaged') - Number(b.refuse === 'damaged'),
        );
        for (const c of ordered) c.apply(file);
        const result = readBackup(toText(file));
        if (changes.some((c) => c.refuse === 'damaged')) {
          expect(result).toEqual({ ok: false, error: { code: 'damaged' } });
        } else if (changes.some((c) => c.refuse === 'any')) expect(result.ok).toBe(false);
        if (result.ok) expectSafe(result.backup);
        else refused += 1;
      }),
      { numRuns: 5_000 },
    );
    console.log(`Hostile backup fuzzing: 5000 files, ${refused} refused, the rest accepted safe.`);
  }, 120_000);

  it('200 accepted hostile files, restored: the backup of all dossiers still works and is safe', async () => {
    const valid = await sampleFile();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(lastPath, hidden), { maxLength: 3 }), async (changes) => {
        db = new AanTafelDatabase(`fuzz-${crypto.randomUUID()}`);
        setDatabaseForTests(db);
        const file = structuredClone(valid);
        for (const c of changes) c.apply(file);
        const read = readBackup(toText(file));
        if (!read.ok) return;
        await importBackup(read.backup, {}, (d) => `${d.personName} (kopie)`);
        const again = readBackup(makeBackup(await collectBackup(), '0.1.0', new Date(at)));
        expect(again.ok).toBe(true);
        if (again.ok) expectSafe(again.backup);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('500 encrypted envelopes: asks for the passphrase only when the parameters are the app’s', async () => {
    const good = { kdf: 'PBKDF2-SHA256', iterations: 600_000, salt: 'A'.repeat(22) + '==' };
    const field = <T>(a: fc.Arbitrary<T>, fallback: T) => fc.oneof(a, fc.constant(fallback));
    const envelope = fc.record({
      kdf: field(fc.oneof(fc.string(), fc.constantFrom('scrypt', 'PBKDF2-SHA1')), good.kdf),
      iterations: field(
        fc.oneof(
          fc.integer(),
          fc.double(),
          fc.constantFrom(0, 1, 599_999, maxKdfIterations + 1, 1e9),
          fc.integer({ min: 600_000, max: maxKdfIterations }),
        ),
        good.iterations,
      ),
      salt: field(fc.oneof(fc.string(), fc.base64String()), good.salt),
      iv: field(fc.oneof(fc.string(), fc.base64String()), 'A'.repeat(16)),
      ct: field(fc.oneof(fc.string(), fc.base64String()), 'A'.repeat(24)),
    });
    await fc.assert(
      fc.asyncProperty(envelope, async (encrypted) => {
        const text = JSON.stringify({ app: 'aan-tafel', format: 1, encrypted });
        const result = await readAnyBackup(text);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const sane =
          encrypted.kdf === good.kdf &&
          Number.isInteger(encrypted.iterations) &&
          encrypted.iterations >= 600_000 &&
          encrypted.iterations <= maxKdfIterations;
        if (!sane) expect(result.error.code).toBe('bad-envelope');
        else expect(['bad-envelope', 'needs-passphrase']).toContain(result.error.code);
        if (result.error.code === 'needs-passphrase') {
          expect([atob(encrypted.salt).length, atob(encrypted.iv).length]).toEqual([16, 12]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
