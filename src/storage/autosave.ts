import { saveEntry, saveMerged } from './entryRepository';
import { chain, type Merge } from './merge';
import { problemOf, type SaveProblem } from './problems';
import type { EntryKey, EntryKind, EntryValue } from './entries';
import { rekeyOwnQuestions } from './ownQuestionKeys';
import { removeOrphanEntries } from './orphans';
import {
  journal,
  onJournalChangedElsewhere,
  pendingWrites,
  rewriteJournal,
  settle,
  type PendingWrite,
} from './pendingWrites';
import { isSealed } from '../lib/crypto';
import { parseEntry } from './entries';
import {
  forgetSetAside,
  keepSetAside,
  reloadSetAside,
  setAsideTexts,
  subscribeSetAside,
  type SetAsideText,
} from './setAsideTexts';
import { tooLong } from './textLimits';
import {
  entryContext,
  onLockElsewhere,
  onWipeElsewhere,
  sealValue,
  subscribeVault,
  vaultState,
  wipedElsewhere,
} from './vault';

/**
 * Autosave (architecture rule 5): every change goes to the journal at once, and to
 * IndexedDB after a short pause. Pending writes are flushed when the page is hidden or
 * closed. A failed write is reported, kept, and retried; it is never swallowed. A text over its
 * limit can never be stored: it is not retried, but shown and set aside until the resident
 * throws it away (issue 16, item 8).
 */
export const autosaveDelayMs = 400;
export const retryDelayMs = 5_000;

type Activity =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'error'; problem: SaveProblem }
  | { state: 'error'; problem: 'tooLong'; limit: number };

/** What autosave is doing, and the texts that were too long to store, if any. */
export type SaveState = Activity & { setAside?: readonly SetAsideText[] };

let status: Activity = { state: 'idle' };
let snapshot: SaveState = status;
const listeners = new Set<() => void>();

function emit(): void {
  const texts = setAsideTexts();
  snapshot = texts.length > 0 ? { ...status, setAside: texts } : status;
  for (const l of listeners) l();
}

function setStatus(next: Activity): void {
  status = next;
  emit();
}

subscribeSetAside(emit);

export function saveStatus(): SaveState {
  return snapshot;
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
  /** For an object or list row: what this tab changed, applied to what is stored by then. */
  merge?: Merge | undefined;
}

const pending = new Map<string, Pending>();
/** Changes too long to store, still shown in their field; set aside, never written. */
const rejected = new Map<string, { limit: number }>();
let failing = 0;

/** The state once nothing is waiting: saved, unless a text in view is still too long. */
function restingStatus(): Activity {
  const last = [...rejected.values()].at(-1);
  return last ? { state: 'error', problem: 'tooLong', limit: last.limit } : { state: 'saved' };
}

async function write(id: string): Promise<void> {
  const p = pending.get(id);
  if (!p) return;
  clearTimeout(p.timer);
  pending.delete(id);
  try {
    if (p.merge) {
      await saveMerged(p.dossierId, p.key, p.merge, new Date(p.at));
    } else {
      await saveEntry(p.dossierId, p.key, p.value as EntryValue<EntryKind>, new Date(p.at));
      written.set(id, JSON.stringify(parseEntry(p.key, p.value)));
    }
    settle(p);
    if (pending.size === 0 && failing === 0) setStatus(restingStatus());
  } catch (error) {
    failing += 1;
    setStatus({ state: 'error', problem: problemOf(error) });
    // Keep the change and try again later, unless a newer one has come in meanwhile. A newer
    // change to an object row holds only its own fields: it then carries this one's too.
    const newer = pending.get(id);
    if (!newer) {
      pending.set(id, { ...p, timer: setTimeout(() => void retry(id), retryDelayMs) });
    } else if (newer.merge && p.merge) {
      newer.merge = chain(p.merge, newer.merge);
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

/**
 * Queues one answer for saving. The journal holds it from this moment on. With `merge`, only what
 * this change changed is stored on top of what another tab may have stored meanwhile (merge.ts).
 */
export function queueSave<K extends EntryKind>(
  dossierId: string,
  key: EntryKey<K>,
  value: EntryValue<K>,
  merge?: Merge,
): void {
  // Wiped in another tab: no keystroke may bring anything back (issue 16, item 4).
  if (wipedElsewhere()) return;
  const id = `${dossierId}|${key}`;
  const at = new Date().toISOString();
  const over = tooLong(key, value);
  if (over) {
    // An earlier change that fits is still written; this one never can be, so it is not tried.
    rejected.delete(id);
    rejected.set(id, { limit: over.limit });
    keepSetAside({ dossierId, key, value, at }, over);
    setStatus({ state: 'error', problem: 'tooLong', limit: over.limit });
    return;
  }
  // Shorter again: it is saved as usual. The set-aside copy stays until the resident throws it away.
  rejected.delete(id);
  journalChange({ dossierId, key, value, at });
  const previous = pending.get(id);
  if (previous) clearTimeout(previous.timer);
  pending.set(id, {
    dossierId,
    key,
    value,
    at,
    timer: setTimeout(() => void write(id), autosaveDelayMs),
    merge: merge && (previous ? chain(previous.merge, merge) : merge),
  });
  if (status.state !== 'error') setStatus({ state: 'saving' });
}

/** Writes everything that is waiting, now. */
export async function flushSaves(): Promise<void> {
  await Promise.all([...pending.keys()].map((id) => write(id)));
}

/** The value this tab stored last, per answer: a stored value equal to it is this tab's own. */
const written = new Map<string, string>();

/**
 * True when this stored value is the one this tab wrote last: it is an echo of this tab's own
 * change, not another tab's (issue 16, item 6).
 */
export function writtenHere(dossierId: string, key: string, value: unknown): boolean {
  return written.get(`${dossierId}|${key}`) === JSON.stringify(value);
}

/** True while a change to this answer is typed but not yet stored (or cannot be). */
export function isPending(dossierId: string, key: string): boolean {
  const id = `${dossierId}|${key}`;
  return pending.has(id) || rejected.has(id);
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
  rejected.clear();
  written.clear();
  failing = 0;
  forgetSetAside();
  setStatus({ state: 'idle' });
}

/**
 * When the app opens (unlocked, or found without a lock), finish what needs the key: show the
 * texts set aside, sealed or unsealed as the lock now is, and give own questions random ids
 * where the upgrade to version 4 could not (ownQuestionKeys.ts). Locked: drop them from memory.
 */
let orphansChecked = false;
/** Once per page, when the database is first read: remove rows no dossier points to. */
function checkOrphans(): void {
  const mode = vaultState().mode;
  if (mode === 'loading' || mode === 'unavailable' || orphansChecked || wipedElsewhere()) return;
  orphansChecked = true;
  void removeOrphanEntries().catch(() => undefined);
}
checkOrphans();

/**
 * Plain answers in the journal while the lock is on: typed in a tab that had not yet seen the
 * lock go on (issue 16, item 5). They were never written into the locked database; now that this
 * tab has the key, they are stored sealed where they are newest, and what cannot be stored now
 * is sealed in the journal. Nothing is dropped, and nothing readable stays behind.
 */
async function adoptPlainJournal(): Promise<void> {
  const state = vaultState();
  if (state.mode !== 'open') return;
  // It runs at every change another tab makes to the journal: mostly there is nothing plain.
  const plain = pendingWrites().filter((w) => !isSealed(w.value));
  if (plain.length === 0) return;
  for (const w of plain) {
    if (isPending(w.dossierId, w.key)) continue;
    const value = parseEntry(w.key, w.value);
    if (value === undefined) continue;
    try {
      await saveEntry(
        w.dossierId,
        w.key as EntryKey,
        value as EntryValue<EntryKind>,
        new Date(w.at),
        {
          onlyIfNewer: true,
        },
      );
      settle(w);
    } catch {
      // Sealed below, stored at the next start.
    }
  }
  await rewriteJournal(async (w) =>
    isSealed(w.value) ? undefined : sealValue(w.value, entryContext(w.dossierId, w.key), state.key),
  );
}
onJournalChangedElsewhere(() => void adoptPlainJournal().catch(() => undefined));

subscribeVault(() => {
  checkOrphans();
  const mode = vaultState().mode;
  if (mode === 'open') void adoptPlainJournal().catch(() => undefined);
  if (mode === 'open' || mode === 'off') {
    void reloadSetAside().catch(() => undefined);
    void rekeyOwnQuestions().catch(() => undefined); // tried again at the next start
  } else {
    rejected.clear();
    forgetSetAside();
  }
});

/** Another tab locks: store what is waiting while the key is still here, as lockNow does. */
onLockElsewhere(flushSaves);

/** Another tab wiped everything: drop what is waiting, unwritten (issue 16, item 4). */
onWipeElsewhere(() => {
  for (const p of pending.values()) clearTimeout(p.timer);
  pending.clear();
  rejected.clear();
  failing = 0;
});
