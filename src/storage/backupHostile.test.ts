import { beforeEach, describe, expect, it } from 'vitest';
import { makeBackup, readBackup, type BackupDossier } from './backup';
import { encryptBackup, readAnyBackup } from './backupCrypto';
import { collectBackup, importBackup, restoreFromText } from './backupRepository';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier } from './dossierRepository';
import { readEntries, saveEntry } from './entryRepository';
import { turnOnLock } from './lock';
import type { Dossier } from './records';
import { setVaultState } from './vault';

/** Issue 16, items 9–12: what a hostile (or damaged) backup file may try. */
let db: AanTafelDatabase;
beforeEach(async () => {
  setVaultState({ mode: 'off' });
  db = new AanTafelDatabase(`hostile-${crypto.randomUUID()}`);
  setDatabaseForTests(db);
  await db.open();
});
const copyName = (d: Dossier) => `${d.name || d.personName || 'Dossier'} (kopie)`.slice(0, 60);
const snapshot = async () =>
  JSON.stringify([await db.dossiers.toArray(), await db.entries.toArray()]);
const at = '2026-11-22T10:00:00.000Z';

interface File {
  dossiers: (BackupDossier & { dossier: Record<string, unknown> })[];
  [field: string]: unknown;
}

/** A valid file made by the app, as an object to tamper with. */
async function sampleFile(): Promise<File> {
  const d = await createDossier({ subject: 'other', personName: 'Ans', helperName: '' });
  await saveEntry(d.id, 'ws:naam', { text: 'Ans de Vries', private: false });
  await saveEntry(d.id, 'answer:vraag-1', 'nee');
  const text = makeBackup(await collectBackup(), '0.1.0', new Date(at));
  await db.delete();
  db = new AanTafelDatabase(`hostile-${crypto.randomUUID()}`);
  setDatabaseForTests(db);
  await db.open();
  return JSON.parse(text) as File;
}
const first = (file: File) => {
  const d = file.dossiers[0];
  if (!d) throw new Error('sample has a dossier');
  return d;
};

describe('item 9: a last path must stay inside its dossier', () => {
  const evil = (id: string) => [
    'https://evil.example/dossiers',
    '//evil.example/x',
    `/dossiers/${id}//evil.example`,
    `/dossiers/${id}/\\evil.example`,
    `/dossiers/${id}/vragen\u0000x`,
    `/dossiers/${id}/../../reservekopie`,
    `/dossiers/${crypto.randomUUID()}/vragen/vraag-1`,
    `/dossiers/${id}x/vragen`,
    `javascript:alert(1)`,
    `/dossiers/${id}/${'a'.repeat(300)}`,
  ];

  it('drops any other last path on import, and follows the id of a copy', async () => {
    const file = await sampleFile();
    const d = first(file);
    for (const lastPath of evil(String(d.dossier.id))) {
      d.dossier.lastPath = lastPath;
      const read = readBackup(JSON.stringify(file));
      expect(read.ok, lastPath).toBe(true);
      if (!read.ok) continue;
      expect(read.backup.dossiers[0]?.dossier.lastPath, lastPath).toBeUndefined();
    }
    d.dossier.lastPath = `/dossiers/${String(d.dossier.id)}/vragen/vraag-2`;
    const read = readBackup(JSON.stringify(file));
    if (!read.ok) throw new Error('valid file');
    expect(read.backup.dossiers[0]?.dossier.lastPath).toBe(d.dossier.lastPath);
    await importBackup(read.backup, {}, copyName);
    const [copy] = await importBackup(read.backup, {}, copyName);
    expect((await db.dossiers.get(copy ?? '')) as Dossier).toMatchObject({
      lastPath: `/dossiers/${copy ?? ''}/vragen/vraag-2`,
    });
  });
});

describe('item 10: a sealed-looking value in a plain backup', () => {
  const sealedLooking = { sealed: 1, iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAAAAAAAAAAAAAAAAAAAA==' };

  it('is refused with its own message, and nothing changes', async () => {
    const file = await sampleFile();
    first(file).entries.push({ key: 'letter:afzender', value: sealedLooking, updatedAt: at });
    const before = await snapshot();
    expect(await restoreFromText(JSON.stringify(file), {}, copyName)).toEqual({
      ok: false,
      error: { code: 'sealed-value' },
    });
    const sealedDossier = await sampleFile();
    first(sealedDossier).dossier.sealed = sealedLooking;
    expect(readBackup(JSON.stringify(sealedDossier))).toEqual({
      ok: false,
      error: { code: 'sealed-value' },
    });
    expect(await snapshot()).toBe(before);
  });

  it('found on read (stored by an older version), is set aside: pages, backup and lock work', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'answer:vraag-1', 'ja');
    await db.entries.put({
      dossierId: d.id,
      key: 'letter:afzender',
      value: sealedLooking,
      updatedAt: at,
    });
    expect((await readEntries(d.id)).answers).toEqual({ 'vraag-1': 'ja' });
    const backup = await collectBackup();
    expect(backup[0]?.entries.map((e) => e.key)).toEqual(['answer:vraag-1']);
    await turnOnLock('blauwe fiets op zondag', 15);
    expect((await readEntries(d.id)).answers).toEqual({ 'vraag-1': 'ja' });
  });
});

describe('item 11: dossier ids must be UUID-shaped', () => {
  it.each([
    ['a path', '../../reservekopie'],
    ['a query and a hash', 'a/b?c#d'],
    ['a carriage return', `${crypto.randomUUID()}\r`],
    ['1 MB long', 'a'.repeat(1_000_000)],
    ['empty', ''],
  ])('refuses a file with an id with %s, and changes nothing', async (_name, id) => {
    const file = await sampleFile();
    first(file).dossier.id = id;
    await createDossier({ subject: 'self' });
    const before = await snapshot();
    expect(await restoreFromText(JSON.stringify(file), {}, copyName)).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: 'dossiers.0.dossier.id' },
    });
    expect(await snapshot()).toBe(before);
  });
});

describe('item 12: what a file smuggles in', () => {
  it('stores only the parsed value: a hidden field makes no round trip', async () => {
    const file = await sampleFile();
    const hidden = 'x'.repeat(1_000_000);
    const d = first(file);
    d.dossier.verborgen = hidden;
    const ws = d.entries.find((e) => e.key === 'ws:naam');
    if (!ws) throw new Error('sample has ws:naam');
    ws.value = { ...(ws.value as object), verborgen: hidden };
    (ws as unknown as Record<string, unknown>).verborgen = hidden;
    d.entries.push({
      key: 'letter:afzender',
      value: { name: 'Ans', verborgen: { diep: hidden } },
      updatedAt: at,
    });
    file.verborgen = hidden;
    const result = await restoreFromText(JSON.stringify(file), {}, copyName);
    expect(result.ok).toBe(true);
    const stored = await snapshot();
    expect(stored).not.toContain('verborgen');
    expect(makeBackup(await collectBackup(), '0.1.0', new Date(at))).not.toContain('verborgen');
    expect(stored).toContain('Ans de Vries');
  });

  it('says a value nested 5,000 deep is a damaged file, before parsing it', async () => {
    const file = await sampleFile();
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const text = JSON.stringify(file).replace('"nee"', deep);
    expect(readBackup(text)).toEqual({ ok: false, error: { code: 'damaged' } });
    const inText = JSON.stringify(file).replace('"nee"', JSON.stringify('['.repeat(5_000)));
    expect(readBackup(inText)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('refuses two dossiers with the same id, and keeps what is stored', async () => {
    const file = await sampleFile();
    const d = first(file);
    file.dossiers.push({ ...d, entries: [{ key: 'answer:vraag-1', value: 'ja', updatedAt: at }] });
    const before = await snapshot();
    expect(await restoreFromText(JSON.stringify(file), {}, copyName)).toEqual({
      ok: false,
      error: { code: 'duplicate' },
    });
    const twice = await sampleFile();
    first(twice).entries.push({ key: 'answer:vraag-1', value: 'ja', updatedAt: at });
    expect(readBackup(JSON.stringify(twice))).toEqual({ ok: false, error: { code: 'duplicate' } });
    expect(await snapshot()).toBe(before);
  });

  it('checks an encrypted envelope before it asks for the passphrase', async () => {
    const file = JSON.parse(await encryptBackup(JSON.stringify(await sampleFile()), 'geheim')) as {
      encrypted: Record<string, unknown>;
    };
    const bad: Record<string, unknown>[] = [
      { iterations: 1 },
      { iterations: 1_000_000_000 },
      { iterations: 10_000_000 },
      { iterations: 600_000.5 },
      { salt: '' },
      { salt: 'AAAA' },
      { salt: '!!!!!!!!!!!!!!!!!!!!!!!!' },
      { kdf: 'scrypt' },
      { iv: 'AAAA' },
      { ct: '' },
    ];
    for (const change of bad) {
      const text = JSON.stringify({ ...file, encrypted: { ...file.encrypted, ...change } });
      expect(await readAnyBackup(text), JSON.stringify(change)).toEqual({
        ok: false,
        error: { code: 'bad-envelope' },
      });
    }
    expect(await readAnyBackup(JSON.stringify(file))).toEqual({
      ok: false,
      error: { code: 'needs-passphrase' },
    });
  });
});
