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
}

const journalKey = 'aantafel-pending-writes';

function read(): Record<string, PendingWrite> {
  try {
    const raw = localStorage.getItem(journalKey);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, PendingWrite>)
      : {};
  } catch {
    return {};
  }
}

function write(all: Record<string, PendingWrite>): void {
  try {
    if (Object.keys(all).length === 0) localStorage.removeItem(journalKey);
    else localStorage.setItem(journalKey, JSON.stringify(all));
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
  all[id(w)] = w;
  write(all);
}

/** Removes the entry once it is safely stored, unless a newer change came in meanwhile. */
export function settle(w: Pick<PendingWrite, 'dossierId' | 'key' | 'at'>): void {
  const all = read();
  if (all[id(w)]?.at === w.at) {
    write(Object.fromEntries(Object.entries(all).filter(([k]) => k !== id(w))));
  }
}

export function pendingWrites(): PendingWrite[] {
  return Object.values(read()).filter(
    (w) =>
      typeof w?.dossierId === 'string' && typeof w.key === 'string' && typeof w.at === 'string',
  );
}

export function clearJournal(): void {
  write({});
}
