import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier } from './dossierRepository';
import { lockNow, turnOnLock } from './lock';
import { queueSave, resetAutosave } from './autosave';
import { setVaultState, vaultState } from './vault';
import { tabChannelName, tabSignalKey } from './tabSignals';

/** Issue 16, item 1: locking in one tab locks every tab. The other "tab" is a raw channel. */
let db: AanTafelDatabase;
let otherTab: BroadcastChannel;

beforeEach(() => {
  resetAutosave();
  localStorage.clear();
  db = new AanTafelDatabase(`tabs-${crypto.randomUUID()}`);
  setDatabaseForTests(db);
  setVaultState({ mode: 'off' });
  otherTab = new BroadcastChannel(tabChannelName);
});

afterEach(() => otherTab.close());

async function openTab() {
  const d = await createDossier({ subject: 'self' });
  await turnOnLock('blauwe fiets op zondag', 15);
  expect(vaultState().mode).toBe('open');
  return d.id;
}

describe('locking across tabs', () => {
  it('locks this tab when another tab locks, after storing what was typed', async () => {
    const id = await openTab();
    queueSave(id, 'answer:vraag-1', 'ja');
    otherTab.postMessage('lock');
    await vi.waitFor(() => expect(vaultState().mode).toBe('locked'));
    // The key is gone, and the change typed just before was stored (sealed), not lost.
    expect(vaultState()).not.toHaveProperty('key');
    const row = await db.entries.get([id, 'answer:vraag-1']);
    expect(row?.value).toHaveProperty('sealed', 1);
  });

  it('locks this tab on the storage-event fallback', async () => {
    await openTab();
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: tabSignalKey,
        newValue: JSON.stringify({ signal: 'lock' }),
      }),
    );
    await vi.waitFor(() => expect(vaultState().mode).toBe('locked'));
  });

  it('tells the other tabs when this tab locks, by hand or when idle', async () => {
    await openTab();
    const heard = new Promise<unknown>((resolve) => {
      otherTab.onmessage = (e: MessageEvent) => resolve(e.data);
    });
    await lockNow();
    expect(await heard).toBe('lock');
  });

  it('ignores a signal it does not know', async () => {
    await openTab();
    window.dispatchEvent(new StorageEvent('storage', { key: tabSignalKey, newValue: '{' }));
    otherTab.postMessage({ signal: 'lock', extra: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(vaultState().mode).toBe('open');
  });
});
