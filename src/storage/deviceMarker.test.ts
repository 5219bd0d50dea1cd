import { beforeEach, describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from './backup';
import { collectBackup, importBackup } from './backupRepository';
import { AanTafelDatabase, database, setDatabaseForTests } from './db';
import { deviceMarkerKey, deviceWasUsed, readDeviceStorage } from './deviceMarker';
import { createDossier, deleteDossier, restoreDossier } from './dossierRepository';
import { databaseName } from './presence';
import { setVaultState } from './vault';
import { resetAutosave } from './autosave';
import { wipeStoredData } from './wipe';

/*
 * Issue 18, part 3: the app's own database name, so that "does this device hold the database?"
 * (presence.ts) is asked as in the browser.
 */
const exists = async () => (await indexedDB.databases()).some((d) => d.name === databaseName);

function deleteRealDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(databaseName);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('not deleted'));
  });
}

/** What the browser may leave: only the database, or only localStorage. */
async function loseLocalStorage() {
  localStorage.clear();
}
async function loseDatabase() {
  database().close();
  await deleteRealDatabase();
  setDatabaseForTests(new AanTafelDatabase());
}

beforeEach(async () => {
  resetAutosave();
  localStorage.clear();
  database().close();
  await deleteRealDatabase();
  setDatabaseForTests(new AanTafelDatabase());
  setVaultState({ mode: 'off' });
});

describe('the device marker', () => {
  it('finds an empty device on a first visit, and creates no database to find out', async () => {
    expect(await readDeviceStorage()).toBe('empty');
    expect(await deviceWasUsed()).toBe(false);
    expect(await exists()).toBe(false);
  });

  it('is set in both stores when a dossier is made', async () => {
    await createDossier({ subject: 'self' }, new Date('2026-11-23T09:00:00Z'));
    expect(localStorage.getItem(deviceMarkerKey)).toBe('2026-11-23T09:00:00.000Z');
    expect(await database().meta.get('device-marker')).toEqual({
      key: 'device-marker',
      since: '2026-11-23T09:00:00.000Z',
    });
    expect(await readDeviceStorage()).toBe('dossiers');
  });

  it('says "suddenly empty" when the dossiers are gone and only localStorage kept the mark', async () => {
    await createDossier({ subject: 'self' });
    await loseDatabase();
    expect(await readDeviceStorage()).toBe('suddenly-empty');
    // Reading it did not bring back an empty database.
    expect(await exists()).toBe(false);
  });

  it('says "suddenly empty" when the dossiers are gone and only the database kept the mark', async () => {
    await createDossier({ subject: 'self' });
    await loseLocalStorage();
    await database().dossiers.clear();
    expect(await readDeviceStorage()).toBe('suddenly-empty');
  });

  it('says "empty" when both stores were cleared, as Safari does after 7 days', async () => {
    await createDossier({ subject: 'self' });
    await loseLocalStorage();
    await loseDatabase();
    expect(await readDeviceStorage()).toBe('empty');
  });

  it('writes a lost mark again while dossiers are there', async () => {
    await createDossier({ subject: 'self' });
    await loseLocalStorage();
    expect(await readDeviceStorage()).toBe('dossiers');
    expect(localStorage.getItem(deviceMarkerKey)).not.toBeNull();
  });

  it('is forgotten when she deletes her last dossier, and back when she undoes it', async () => {
    const a = await createDossier({ subject: 'self' });
    const b = await createDossier({ subject: 'other', personName: 'Wim' });
    await deleteDossier(a.id);
    expect(await deviceWasUsed()).toBe(true);
    await deleteDossier(b.id);
    expect(await deviceWasUsed()).toBe(false);
    expect(localStorage.getItem(deviceMarkerKey)).toBeNull();
    expect(await readDeviceStorage()).toBe('empty');
    await restoreDossier(b.id);
    expect(await deviceWasUsed()).toBe(true);
  });

  it('is forgotten with everything else by "Wis alles"', async () => {
    await createDossier({ subject: 'self' });
    await wipeStoredData();
    expect(localStorage.getItem(deviceMarkerKey)).toBeNull();
    expect(await exists()).toBe(false);
    expect(await readDeviceStorage()).toBe('empty');
  });

  it('is set when a backup is restored on an empty device', async () => {
    await createDossier({ subject: 'self' });
    const read = readBackup(makeBackup(await collectBackup(), '0.1.0', new Date()));
    if (!read.ok) throw new Error('backup not readable');
    await loseLocalStorage();
    await loseDatabase();
    await importBackup(read.backup, {}, (d) => d.name);
    expect(localStorage.getItem(deviceMarkerKey)).not.toBeNull();
    expect(await readDeviceStorage()).toBe('dossiers');
  });
});
