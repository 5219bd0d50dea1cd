/**
 * A small synchronous journal of answers that are typed but not yet in IndexedDB.
 * Autosave waits a moment before it writes; if the page is closed or reloaded in that
 * moment, the journal still holds every character, and the next start writes it.
 */
export interface PendingWrite {
  dossierId: string;
  key: string;
  value: unknown;
  /** ISO time of the change; a journal entry never overwrites a newer stored answer. */
  at: string;
  /** The tab that wrote it (issue 16, item 5). */
  tab?: string;
}

/** This page's own id, new at every load. */
export const thisTab: string = crypto.randomUUID();

const journalKey = 'aantafel-pending-writes';
/**
 * Changes that can never be stored, because a text is over its limit (issue 16, item 8). They
 * are kept apart from the journal: never replayed, never replaced by a later change to the same
 * answer, and never cleared with it, until the resident throws the text away. With the lock on
 * they are sealed, like the journal.
 */
const setAsideKey = 'aantafel-set-aside';

function read(store = journalKey): Record<string, PendingWrite> {
  try {
    const raw = localStorage.getItem(store);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, PendingWrite>)
      : {};
  } catch {
    return {};
  }
}

function write(all: Record<string, PendingWrite>, store = journalKey): void {
  try {
    if (Object.keys(all).length === 0) localStorage.removeItem(store);
    else localStorage.setItem(store, JSON.stringify(all));
  } catch {
    // Storage full or blocked: autosave itself reports the problem to the user.
  }
}

const id = (w: Pick<PendingWrite, 'dossierId' | 'key'>) => `${w.dossierId}|${w.key}`;

/** Records a change; an older change (its encryption may finish late) never replaces a newer one. */
export function journal(w: PendingWrite): void {
  const all = read();
  const known = all[id(w)];
  if (known && typeof known.at === 'string' && known.at > w.at) return;
  all[id(w)] = { ...w, tab: thisTab };
  write(all);
}

/** Removes the entry once it is safely stored, unless a newer change came in meanwhile. */
export function settle(w: Pick<PendingWrite, 'dossierId' | 'key' | 'at'>): void {
  const all = read();
  if (all[id(w)]?.at === w.at) {
    write(Object.fromEntries(Object.entries(all).filter(([k]) => k !== id(w))));
  }
}

const wellFormed = (all: Record<string, PendingWrite>): PendingWrite[] =>
  Object.values(all).filter(
    (w) =>
      typeof w?.dossierId === 'string' && typeof w.key === 'string' && typeof w.at === 'string',
  );

export function pendingWrites(): PendingWrite[] {
  return wellFormed(read());
}

/**
 * Re-stores the journal under another key when the lock is turned on or off (issue 16, item 5):
 * every entry, this tab's and other tabs', is changed by `change`, never deleted. An entry that
 * another tab changed meanwhile is not overwritten: it is changed in the next round.
 * `change` returns undefined for an entry that needs nothing.
 */
export async function rewriteJournal(change: (w: PendingWrite) => Promise<unknown>): Promise<void> {
  const done = new Set<string>();
  for (let round = 0; round < 5; round += 1) {
    const snapshot = read();
    const todo = Object.entries(snapshot).filter(
      ([k, w]) => !done.has(`${k}|${w?.at}`) && wellFormed({ [k]: w }).length === 1,
    );
    if (todo.length === 0) return;
    const changed = await Promise.all(
      todo.map(async ([k, w]) => [k, w, await change(w).catch(() => undefined)] as const),
    );
    // Synchronous from here: no other tab can write in between.
    const now = read();
    let rewritten = false;
    for (const [k, w, value] of changed) {
      done.add(`${k}|${w.at}`);
      if (value === undefined || now[k]?.at !== w.at) continue;
      now[k] = { ...now[k], value };
      rewritten = true;
    }
    if (rewritten) write(now);
  }
}

/** Another tab changed the journal (the storage event); returns the function that stops it. */
export function onJournalChangedElsewhere(listener: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const handle = (e: StorageEvent) => {
    if (e.key === journalKey || e.key === null) listener();
  };
  window.addEventListener('storage', handle);
  return () => window.removeEventListener('storage', handle);
}

/** Keeps a change that is too long to store; a newer one for the same answer replaces it. */
export function setAside(w: PendingWrite): void {
  const all = read(setAsideKey);
  const known = all[id(w)];
  if (known && typeof known.at === 'string' && known.at > w.at) return;
  all[id(w)] = w;
  write(all, setAsideKey);
}

export function setAsideWrites(): PendingWrite[] {
  return wellFormed(read(setAsideKey));
}

/** Throws a set-aside text away, on the resident's word (or once a shorter version is stored). */
export function dropSetAside(w: Pick<PendingWrite, 'dossierId' | 'key'>): void {
  const all = read(setAsideKey);
  if (!(id(w) in all)) return;
  write(Object.fromEntries(Object.entries(all).filter(([k]) => k !== id(w))), setAsideKey);
}
