import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier } from './dossierRepository';
import { saveEntry } from './entryRepository';
import { flushSaves, queueSave, resetAutosave } from './autosave';
import { setLeaveAfterWipeForTests, setVaultState, wipedElsewhereMark } from './vault';
import { tabChannelName } from './tabSignals';

/**
 * Issue 16, item 4: after "Wis alles" in another tab, this tab stops and writes nothing. Its
 * own file: once wiped, a tab stays stopped until it is loaded anew.
 */
let name: string;
let otherTab: BroadcastChannel;

beforeEach(() => {
  resetAutosave();
  localStorage.clear();
  name = `wiped-${crypto.randomUUID()}`;
  setDatabaseForTests(new AanTafelDatabase(name));
  setVaultState({ mode: 'off' });
  otherTab = new BroadcastChannel(tabChannelName);
});

afterEach(() => otherTab.close());

const exists = async () => (await indexedDB.databases()).some((d) => d.name === name);

describe('a wipe in another tab', () => {
  it('stops this tab: no keystroke re-creates the database or the journal', async () => {
    const d = await createDossier({ subject: 'self' });
    queueSave(d.id, 'ws:naam', { text: 'Ans de Vries', private: false });
    const left = vi.fn();
    setLeaveAfterWipeForTests(left);

    // The other tab wipes everything, then says so.
    otherTab.postMessage('wipe');
    await vi.waitFor(() => expect(left).toHaveBeenCalledOnce());
    localStorage.clear();

    queueSave(d.id, 'ws:naam', { text: 'Ans de Vries, met trap', private: false });
    await flushSaves();
    await expect(saveEntry(d.id, 'answer:vraag-1', 'ja')).rejects.toThrow();
    await expect(createDossier({ subject: 'self' })).rejects.toThrow();
    expect(await exists()).toBe(false);
    expect({ ...localStorage }).toEqual({});
    // The page that loads next says why.
    expect(sessionStorage.getItem(wipedElsewhereMark)).toBe('1');
  });
});
