import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier, getDossier, listDossiers, renameDossier } from './dossierRepository';
import { readEntries, saveEntry } from './entryRepository';
import { loadLock, lockNow, turnOffLock, turnOnLock, unlock, WrongPassphraseError } from './lock';
import { LockedError, setVaultState, vaultState } from './vault';
import { flushSaves, queueSave, resetAutosave } from './autosave';
import { makeBackup } from './backup';
import { collectBackup, restoreFromText } from './backupRepository';

const journalKey = 'aantafel-pending-writes';
const passphrase = 'blauwe fiets op zondag';
let name: string;
let db: AanTafelDatabase;

beforeEach(async () => {
  resetAutosave();
  localStorage.clear();
  name = `lock-${crypto.randomUUID()}`;
  db = new AanTafelDatabase(name);
  setDatabaseForTests(db);
  setVaultState({ mode: 'off' });
});

async function sample() {
  const d = await createDossier({ subject: 'other', personName: 'Ans', helperName: 'Kees' });
  await renameDossier(d.id, 'Mam thuis');
  await saveEntry(d.id, 'ws:naam', { text: 'Ans de Vries 👵🏼 — שלום', private: true });
  await saveEntry(d.id, 'answer:vraag-1', 'nee');
  return d.id;
}

/** Everything a person could read in the browser's storage tools. */
async function rawStorage(): Promise<string> {
  return JSON.stringify([
    await db.dossiers.toArray(),
    await db.entries.toArray(),
    await db.meta.toArray(),
    { ...localStorage },
  ]);
}

/** A new start of the app: a new database connection, and no key in memory. */
async function restart(): Promise<void> {
  db.close();
  db = new AanTafelDatabase(name);
  setDatabaseForTests(db);
  setVaultState({ mode: 'loading' });
  await loadLock();
}

describe('app lock', () => {
  it('stores nothing readable with the lock on; after a restart and unlock all is intact', async () => {
    const id = await sample();
    const before = { dossier: await getDossier(id), entries: await readEntries(id) };
    await turnOnLock(passphrase, 15);
    const raw = await rawStorage();
    for (const secret of ['Ans', 'Kees', 'Mam thuis', 'Vries', 'שלום', '"nee"']) {
      expect(raw).not.toContain(secret);
    }
    await restart();
    expect(vaultState().mode).toBe('locked');
    await expect(listDossiers()).rejects.toThrow(LockedError);
    await unlock(passphrase);
    expect(await getDossier(id)).toEqual(before.dossier);
    expect(await readEntries(id)).toEqual(before.entries);
  });

  it('refuses a wrong passphrase and stays locked', async () => {
    await sample();
    await turnOnLock(passphrase, 15);
    await restart();
    await expect(unlock('blauwe fiets op maandag')).rejects.toThrow(WrongPassphraseError);
    expect(vaultState().mode).toBe('locked');
  });

  it('seals new answers and the journal while open, and opens them after locking again', async () => {
    const id = await sample();
    await turnOnLock(passphrase, 15);
    queueSave(id, 'ws:woonsituatie', { text: 'Trap naar boven is zwaar', private: false });
    // The journal is sealed a moment later; it never holds the words.
    await vi.waitFor(() => expect(localStorage.getItem(journalKey)).toContain('"sealed":1'));
    expect(JSON.stringify({ ...localStorage })).not.toContain('Trap');
    await flushSaves();
    expect(await rawStorage()).not.toContain('Trap');
    await lockNow();
    await expect(readEntries(id)).rejects.toThrow(LockedError);
    await unlock(passphrase);
    expect((await readEntries(id)).worksheet.woonsituatie?.text).toBe('Trap naar boven is zwaar');
  });

  it('a journal left by a closed tab is stored sealed at the next start', async () => {
    const id = await sample();
    await turnOnLock(passphrase, 15);
    queueSave(id, 'ws:woonsituatie', { text: 'Getypt vlak voor het sluiten', private: false });
    await vi.waitFor(() => expect(localStorage.getItem(journalKey)).toContain('"sealed":1'));
    resetAutosave(); // the tab closes before the debounced write
    await restart();
    await db.open();
    expect(await rawStorage()).not.toContain('Getypt');
    await unlock(passphrase);
    expect((await readEntries(id)).worksheet.woonsituatie?.text).toBe(
      'Getypt vlak voor het sluiten',
    );
  });

  it('turning it off again stores everything readable, as before', async () => {
    const id = await sample();
    const before = await readEntries(id);
    await turnOnLock(passphrase, 15);
    await expect(turnOffLock('verkeerd!')).rejects.toThrow(WrongPassphraseError);
    await turnOffLock(passphrase);
    expect(vaultState().mode).toBe('off');
    expect(await rawStorage()).toContain('Ans de Vries');
    expect(await db.meta.get('lock')).toBeUndefined();
    await restart();
    expect(vaultState().mode).toBe('off');
    expect(await readEntries(id)).toEqual(before);
  });

  it('an interrupted switch changes nothing: all rows and the lock record go in one transaction', async () => {
    const id = await sample();
    const before = await rawStorage();
    // The tab closes while the transaction runs: simulated by a write that fails half-way.
    const original = db.entries.bulkPut.bind(db.entries);
    db.entries.bulkPut = (() =>
      Promise.reject(new Error('tab closed'))) as unknown as typeof original;
    await expect(turnOnLock(passphrase, 15)).rejects.toThrow('tab closed');
    db.entries.bulkPut = original;
    expect(await rawStorage()).toBe(before);
    await restart();
    expect(vaultState().mode).toBe('off');
    expect((await readEntries(id)).answers['vraag-1']).toBe('nee');
  });

  it('an answer saved meanwhile (another tab) is not lost: the switch starts again and seals it', async () => {
    const id = await sample();
    // Just after the switch has read every row, another tab stores an answer.
    const original = db.entries.toArray.bind(db.entries);
    let reads = 0;
    db.entries.toArray = (async () => {
      const rows = await original();
      reads += 1;
      if (reads === 1) {
        await db.entries.put({
          dossierId: id,
          key: 'answer:vraag-2',
          value: 'ja',
          updatedAt: new Date().toISOString(),
        });
      }
      return rows;
    }) as typeof original;
    await turnOnLock(passphrase, 15);
    db.entries.toArray = original;
    expect(reads).toBeGreaterThan(2); // read, checked (changed), read again, checked
    expect(await rawStorage()).not.toContain('"ja"');
    await restart();
    await unlock(passphrase);
    expect((await readEntries(id)).answers).toMatchObject({ 'vraag-1': 'nee', 'vraag-2': 'ja' });
  });

  it('a backup made with the lock on restores identically, and is stored sealed again', async () => {
    const id = await sample();
    await turnOnLock(passphrase, 15);
    const before = await collectBackup();
    const text = makeBackup(before, '0.1.0', new Date('2026-11-22T10:00:00Z'));
    await db.entries.where('dossierId').equals(id).delete();
    await db.dossiers.delete(id);
    expect(await restoreFromText(text, {}, (d) => d.name)).toEqual({ ok: true, ids: [id] });
    for (const secret of ['Ans', 'Vries']) expect(await rawStorage()).not.toContain(secret);
    expect(await collectBackup()).toEqual(before);
  });
});
