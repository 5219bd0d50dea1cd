import { beforeEach, describe, expect, it } from 'vitest';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier } from './dossierRepository';
import { readEntries, saveEntry } from './entryRepository';
import { loadLock, turnOffLock, turnOnLock, unlock } from './lock';
import { LockChangedError, setVaultState, vaultState } from './vault';
import { resetAutosave } from './autosave';
import { pendingWrites } from './pendingWrites';

/**
 * Issue 16, item 5: tab A turns the lock on or off while tab B types. B's journal entries are
 * written straight into localStorage here, as another tab would, with another tab id.
 */
const journalKey = 'aantafel-pending-writes';
const passphrase = 'blauwe fiets op zondag';
const secret = 'Flat met lift en een trap van twaalf treden';
let name: string;
let db: AanTafelDatabase;

beforeEach(() => {
  resetAutosave();
  localStorage.clear();
  name = `race-${crypto.randomUUID()}`;
  db = new AanTafelDatabase(name);
  setDatabaseForTests(db);
  setVaultState({ mode: 'off' });
});

async function restart(): Promise<void> {
  db.close();
  db = new AanTafelDatabase(name);
  setDatabaseForTests(db);
  setVaultState({ mode: 'loading' });
  await loadLock();
}

/** What tab B typed and did not store yet, as B's journal holds it. */
function typedInOtherTab(dossierId: string, value: unknown = { text: secret, private: false }) {
  const entry = { dossierId, key: 'ws:woonsituatie', value, at: new Date().toISOString() };
  const all = JSON.parse(localStorage.getItem(journalKey) ?? '{}') as Record<string, unknown>;
  all[`${dossierId}|ws:woonsituatie`] = { ...entry, tab: 'tab-b' };
  localStorage.setItem(journalKey, JSON.stringify(all));
}

const rawRows = async () => JSON.stringify(await db.entries.toArray());

describe('the lock switch while another tab types', () => {
  it("keeps the other tab's waiting text, sealed, and stores it after a restart", async () => {
    const d = await createDossier({ subject: 'self' });
    typedInOtherTab(d.id);
    await turnOnLock(passphrase, 15);

    const journal = localStorage.getItem(journalKey) ?? '';
    expect(pendingWrites()).toHaveLength(1); // not cleared with this tab's own entries
    expect(journal).not.toContain('Flat met lift');

    await restart();
    expect(vaultState().mode).toBe('locked');
    await unlock(passphrase);
    expect((await readEntries(d.id)).worksheet.woonsituatie?.text).toBe(secret);
    expect(await rawRows()).not.toContain('Flat met lift');
  });

  it('never replays a plain journal value into a locked database; it is stored sealed once unlocked', async () => {
    const d = await createDossier({ subject: 'self' });
    await turnOnLock(passphrase, 15);
    typedInOtherTab(d.id); // a keystroke in B that landed after A's switch

    await restart();
    await db.open();
    expect(await rawRows()).not.toContain('Flat met lift');

    await unlock(passphrase);
    await expect
      .poll(async () => (await readEntries(d.id)).worksheet.woonsituatie?.text)
      .toBe(secret);
    await expect.poll(() => localStorage.getItem(journalKey) ?? '').not.toContain('Flat met');
    expect(await rawRows()).not.toContain('Flat met lift');
  });

  it('refuses a plain write from a tab that has not yet seen the lock go on', async () => {
    const d = await createDossier({ subject: 'self' });
    await turnOnLock(passphrase, 15);
    setVaultState({ mode: 'off' }); // tab B: its copy of the lock state is behind

    await expect(
      saveEntry(d.id, 'ws:woonsituatie', { text: secret, private: false }),
    ).rejects.toBeInstanceOf(LockChangedError);
    expect(await rawRows()).not.toContain('Flat met lift');
  });

  it('opens the waiting sealed text again when the lock is turned off', async () => {
    const d = await createDossier({ subject: 'self' });
    await turnOnLock(passphrase, 15);
    await saveEntry(d.id, 'ws:woonsituatie', { text: 'eerder', private: false });
    typedInOtherTab(d.id);
    await unlock(passphrase); // seals B's plain entry in the journal, or stores it
    await turnOffLock(passphrase);

    await restart();
    expect((await readEntries(d.id)).worksheet.woonsituatie?.text).toBe(secret);
  });
});
