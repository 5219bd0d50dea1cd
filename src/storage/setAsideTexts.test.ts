import { beforeEach, describe, expect, it } from 'vitest';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier } from './dossierRepository';
import { readEntries, saveEntry } from './entryRepository';
import { flushSaves, isPending, queueSave, resetAutosave, saveStatus } from './autosave';
import { loadLock, turnOffLock, turnOnLock, unlock } from './lock';
import { journal, pendingWrites, setAsideWrites } from './pendingWrites';
import { setVaultState } from './vault';

const passphrase = 'blauwe fiets op zondag';
const long = (marker: string) => `${marker}${'x'.repeat(100_001 - marker.length)}`;
let name: string;
let db: AanTafelDatabase;

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  setVaultState({ mode: 'off' });
  name = `aside-${crypto.randomUUID()}`;
  db = new AanTafelDatabase(name);
  setDatabaseForTests(db);
  await db.open();
});

/** A new start: a new connection, nothing in memory, the lock state read again. */
async function restart(): Promise<void> {
  resetAutosave();
  db.close();
  db = new AanTafelDatabase(name);
  setDatabaseForTests(db);
  setVaultState({ mode: 'loading' });
  await db.open();
  await loadLock();
}

const shown = () => saveStatus().setAside?.map((s) => s.text) ?? [];

describe('a text over its limit (issue 16, item 8)', () => {
  it('is never written nor retried, is set aside apart from the journal, and says its limit', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'ws:naam', { text: 'Ans', private: false });
    queueSave(d.id, 'ws:naam', { text: long('Plak'), private: false });
    await flushSaves();
    expect(saveStatus()).toMatchObject({ state: 'error', problem: 'tooLong', limit: 100_000 });
    expect(isPending(d.id, 'ws:naam')).toBe(true);
    expect(pendingWrites()).toEqual([]);
    expect(setAsideWrites()).toHaveLength(1);
    expect(shown()).toEqual([long('Plak')]);
    expect((await readEntries(d.id)).worksheet.naam?.text).toBe('Ans');

    // Another answer saves well; the message about the long text stays.
    queueSave(d.id, 'ws:adres', { text: 'Dorpsstraat 1', private: false });
    await flushSaves();
    expect(saveStatus()).toMatchObject({ state: 'error', problem: 'tooLong' });
  });

  it('knows the limit of each kind of text, such as a letter field', async () => {
    const d = await createDossier({ subject: 'self' });
    queueSave(d.id, 'letter:bezwaar', { reasons: 'r'.repeat(20_001) });
    expect(saveStatus()).toMatchObject({ state: 'error', problem: 'tooLong', limit: 20_000 });
    expect(saveStatus().setAside?.[0]?.length).toBe(20_001);
  });

  it('stays set aside when a shorter text is saved, until the resident throws it away', async () => {
    const d = await createDossier({ subject: 'self' });
    queueSave(d.id, 'ws:naam', { text: long('Plak'), private: false });
    queueSave(d.id, 'ws:naam', { text: 'Plak', private: false });
    await flushSaves();
    expect((await readEntries(d.id)).worksheet.naam?.text).toBe('Plak');
    expect(saveStatus()).toMatchObject({ state: 'saved' });
    expect(shown()).toEqual([long('Plak')]);
    saveStatus().setAside?.[0]?.discard();
    expect(setAsideWrites()).toEqual([]);

    queueSave(d.id, 'ws:adres', { text: long('Adres'), private: false });
    saveStatus().setAside?.[0]?.discard();
    expect(setAsideWrites()).toEqual([]);
    expect(saveStatus().setAside).toBeUndefined();
  });

  it('is kept through a restart, even when an older version left it in the journal', async () => {
    const d = await createDossier({ subject: 'self' });
    queueSave(d.id, 'ws:naam', { text: long('Nieuw'), private: false });
    journal({
      dossierId: d.id,
      key: 'ws:adres',
      value: { text: long('Oud'), private: false },
      at: new Date().toISOString(),
    });
    await restart();
    await expect.poll(() => shown().sort()).toEqual([long('Nieuw'), long('Oud')].sort());
    expect(pendingWrites()).toEqual([]);
  });

  it('is sealed with the lock on, shown again after unlocking, and plain again with the lock off', async () => {
    const d = await createDossier({ subject: 'self' });
    queueSave(d.id, 'ws:naam', { text: long('Geheim'), private: false });
    await turnOnLock(passphrase, 15);
    await expect.poll(() => JSON.stringify({ ...localStorage })).not.toContain('Geheim');
    expect(setAsideWrites()).toHaveLength(1);

    await restart();
    expect(shown()).toEqual([]);
    await unlock(passphrase);
    await expect.poll(shown).toEqual([long('Geheim')]);

    await turnOffLock(passphrase);
    await expect.poll(() => JSON.stringify({ ...localStorage })).toContain('Geheim');
    await restart();
    await expect.poll(shown).toEqual([long('Geheim')]);
  });
});
