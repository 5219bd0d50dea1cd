import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AanTafelDatabase, journalReplayFailed, setDatabaseForTests } from './db';
import { createDossier, listDossiers } from './dossierRepository';
import { readEntries, saveEntry } from './entryRepository';
import { collectBackup } from './backupRepository';
import { resetAutosave } from './autosave';
import { setVaultState } from './vault';
import { pendingWrites } from './pendingWrites';

/** Issue 16, item 7: the app opens while the disk is still full and the journal holds text. */
const journalKey = 'aantafel-pending-writes';
let name: string;
let db: AanTafelDatabase;

beforeEach(() => {
  resetAutosave();
  localStorage.clear();
  name = `full-${crypto.randomUUID()}`;
  db = new AanTafelDatabase(name);
  setDatabaseForTests(db);
  setVaultState({ mode: 'off' });
});

/** A reload while the disk is full: every write to the new connection fails with the quota error. */
function reloadWithFullDisk(): AanTafelDatabase {
  db.close();
  db = new AanTafelDatabase(name);
  const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
  vi.spyOn(db.entries, 'put').mockRejectedValue(quota);
  setDatabaseForTests(db);
  return db;
}

function typedBeforeReload(dossierId: string, text: string): void {
  const at = new Date(Date.now() + 1_000).toISOString();
  const entry = { dossierId, key: 'ws:woonsituatie', value: { text, private: false }, at };
  localStorage.setItem(journalKey, JSON.stringify({ [`${dossierId}|ws:woonsituatie`]: entry }));
}

describe('a full disk when the app opens', () => {
  it('still opens the database, shows the waiting text, and puts it in a backup', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'ws:woonsituatie', { text: 'Oud', private: false });
    typedBeforeReload(d.id, 'Nieuw: een flat met lift');

    reloadWithFullDisk();
    await expect(db.open()).resolves.toBeDefined();
    expect(journalReplayFailed()).toBe(true);
    expect(await listDossiers()).toHaveLength(1);
    expect((await readEntries(d.id)).worksheet.woonsituatie?.text).toBe('Nieuw: een flat met lift');
    expect(pendingWrites()).toHaveLength(1); // kept for the next start

    const [backup] = await collectBackup([d.id]);
    expect(backup?.entries.find((e) => e.key === 'ws:woonsituatie')?.value).toEqual({
      text: 'Nieuw: een flat met lift',
      private: false,
    });
  });

  it('stores the waiting text at the next start with space', async () => {
    const d = await createDossier({ subject: 'self' });
    typedBeforeReload(d.id, 'Nieuw');
    reloadWithFullDisk();
    await db.open();
    vi.restoreAllMocks();

    db.close();
    db = new AanTafelDatabase(name);
    setDatabaseForTests(db);
    await db.open();
    expect(journalReplayFailed()).toBe(false);
    expect(pendingWrites()).toHaveLength(0);
    expect((await db.entries.get([d.id, 'ws:woonsituatie']))?.value).toEqual({
      text: 'Nieuw',
      private: false,
    });
  });
});
