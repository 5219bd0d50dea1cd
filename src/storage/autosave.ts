import { saveEntry } from './entryRepository';
import { problemOf, type SaveProblem } from './problems';
import type { EntryKey, EntryKind, EntryValue } from './entries';
import { journal, settle, type PendingWrite } from './pendingWrites';
import { entryContext, sealValue, vaultState } from './vault';

/**
 * Autosave (architecture rule 5): every change goes to the journal at once, and to
 * IndexedDB after a short pause. Pending writes are flushed when the page is hidden or
 * closed. A failed write is reported, kept, and retried; it is never swallowed.
 */
export const autosaveDelayMs = 400;
export const retryDelayMs = 5_000;

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'error'; problem: SaveProblem };

let status: SaveState = { state: 'idle' };
const listeners = new Set<() => void>();

function setStatus(next: SaveState): void {
  status = next;
  for (const l of listeners) l();
}

export function saveStatus(): SaveState {
  return status;
}

export function subscribeSaveStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

interface Pending {
  dossierId: string;
  key: EntryKey;
  value: unknown;
  at: string;
  timer: ReturnType<typeof setTimeout>;
}

const pending = new Map<string, Pending>();
let failing = 0;

async function write(id: string): Promise<void> {
  const p = pending.get(id);
  if (!p) return;
  clearTimeout(p.timer);
  pending.delete(id);
  try {
    await saveEntry(p.dossierId, p.key, p.value as EntryValue<EntryKind>, new Date(p.at));
    settle(p);
    if (pending.size === 0 && failing === 0) setStatus({ state: 'saved' });
  } catch (error) {
    failing += 1;
    setStatus({ state: 'error', problem: problemOf(error) });
    // Keep the change and try again later, unless a newer one has come in meanwhile.
    if (!pending.has(id)) {
      pending.set(id, { ...p, timer: setTimeout(() => void retry(id), retryDelayMs) });
    }
    return;
  }
}

async function retry(id: string): Promise<void> {
  failing = Math.max(0, failing - 1);
  await write(id);
}

/**
 * With the lock on, the journal holds the change sealed, like the database, so that no readable
 * answer is ever left in localStorage. Sealing takes a moment; the write itself follows later.
 */
function journalChange(w: PendingWrite): void {
  const mode = vaultState().mode;
  if (mode !== 'open' && mode !== 'locked') return journal(w);
  void sealValue(w.value, entryContext(w.dossierId, w.key))
    .then((value) => journal({ ...w, value }))
    .catch(() => undefined); // locked: nothing can be typed then; the write reports the problem
}

/** Queues one answer for saving. The journal holds it from this moment on. */
export function queueSave<K extends EntryKind>(
  dossierId: string,
  key: EntryKey<K>,
  value: EntryValue<K>,
): void {
  const id = `${dossierId}|${key}`;
  const at = new Date().toISOString();
  journalChange({ dossierId, key, value, at });
  const previous = pending.get(id);
  if (previous) clearTimeout(previous.timer);
  pending.set(id, {
    dossierId,
    key,
    value,
    at,
    timer: setTimeout(() => void write(id), autosaveDelayMs),
  });
  if (status.state !== 'error') setStatus({ state: 'saving' });
}

/** Writes everything that is waiting, now. */
export async function flushSaves(): Promise<void> {
  await Promise.all([...pending.keys()].map((id) => write(id)));
}

/** True while a change to this answer is typed but not yet stored. */
export function isPending(dossierId: string, key: string): boolean {
  return pending.has(`${dossierId}|${key}`);
}

export function hasPendingSaves(): boolean {
  return pending.size > 0;
}

let installed = false;
/** Flush when the page is hidden or left (pagehide also covers the back-forward cache). */
export function installFlushOnHide(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('pagehide', () => void flushSaves());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushSaves();
  });
}

/** For tests. */
export function resetAutosave(): void {
  for (const p of pending.values()) clearTimeout(p.timer);
  pending.clear();
  failing = 0;
  setStatus({ state: 'idle' });
}
