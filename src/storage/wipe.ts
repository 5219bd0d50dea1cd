import { resetAutosave } from './autosave';
import { deleteDatabase } from './db';
import { sendTabSignal } from './tabSignals';
import { setVaultState } from './vault';

/**
 * "Wis alles op dit apparaat", the storage part: every dossier, answer, backup mark and the lock
 * go with the database; the journal and the preferences go with this origin's localStorage.
 * The device marker (deviceMarker.ts) is in both, so it goes too: an empty app is then no surprise.
 * The service worker's caches are cleared by the pwa layer.
 */
export async function wipeStoredData(): Promise<void> {
  resetAutosave();
  await deleteDatabase();
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage blocked: then nothing was kept there either.
  }
  setVaultState({ mode: 'off' });
  // Every other tab stops and writes nothing more (issue 16, item 4).
  sendTabSignal('wipe');
}
