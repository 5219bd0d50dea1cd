import { isSealed } from '../lib/crypto';
import { dropSetAside, setAside, setAsideWrites, type PendingWrite } from './pendingWrites';
import { tooLong, type TooLong } from './textLimits';
import { entryContext, openValue, sealValue, vaultState } from './vault';

/**
 * Texts too long to store (issue 16, item 8), opened, as this tab shows them: the resident can
 * copy them, and throws them away when done. Stored in localStorage apart from the journal
 * (pendingWrites.ts), sealed while the lock is on; in memory only while the app is open.
 */
export interface SetAsideText {
  id: string;
  text: string;
  length: number;
  limit: number;
  discard: () => void;
}

interface Kept {
  /** With its value opened. */
  w: PendingWrite;
  over: TooLong;
}

let kept = new Map<string, Kept>();
let view: readonly SetAsideText[] = [];
const listeners = new Set<() => void>();

const idOf = (w: Pick<PendingWrite, 'dossierId' | 'key'>) => `${w.dossierId}|${w.key}`;

function changed(): void {
  view = [...kept.entries()].map(([id, { w, over }]) => ({
    id,
    text: over.text,
    length: over.length,
    limit: over.limit,
    discard: () => discardSetAside(w),
  }));
  for (const l of listeners) l();
}

export function setAsideTexts(): readonly SetAsideText[] {
  return view;
}

export function subscribeSetAside(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Stores it as the journal would: sealed while the lock is on. */
function store(w: PendingWrite): void {
  if (vaultState().mode !== 'open') return setAside(w);
  void sealValue(w.value, entryContext(w.dossierId, w.key))
    .then((value) => setAside({ ...w, value }))
    .catch(() => undefined); // locked meanwhile: nothing can be typed then
}

export function keepSetAside(w: PendingWrite, over: TooLong): void {
  kept.set(idOf(w), { w, over });
  store(w);
  changed();
}

export function discardSetAside(w: Pick<PendingWrite, 'dossierId' | 'key'>): void {
  dropSetAside(w);
  if (kept.delete(idOf(w))) changed();
}

/** Locked, or wiped: the texts leave memory (they stay stored, sealed). */
export function forgetSetAside(): void {
  if (kept.size === 0) return;
  kept = new Map();
  changed();
}

async function opened(w: PendingWrite): Promise<PendingWrite | undefined> {
  const mine = kept.get(idOf(w));
  if (!isSealed(w.value)) {
    // Found plain while the lock is on (it was just turned on): seal it now.
    if (vaultState().mode === 'open') store(w);
    return w;
  }
  if (vaultState().mode === 'open') {
    try {
      return { ...w, value: await openValue(w.value, entryContext(w.dossierId, w.key)) };
    } catch {
      return mine?.w;
    }
  }
  if (!mine || mine.w.at !== w.at) return undefined;
  // The lock was just turned off: the sealed copy can no longer be opened, so store it plain.
  if (vaultState().mode === 'off') setAside(mine.w);
  return mine.w;
}

/** Reads what is set aside, when the app is open or has no lock; seals or unseals as needed. */
export async function reloadSetAside(): Promise<void> {
  const next = new Map<string, Kept>();
  for (const w of setAsideWrites()) {
    const plain = await opened(w);
    const over = plain && tooLong(plain.key, plain.value);
    if (plain && over) next.set(idOf(w), { w: plain, over });
  }
  // One kept meanwhile may not be stored yet (it is being sealed): it stays.
  for (const [id, k] of kept) if (!next.has(id)) next.set(id, k);
  kept = next;
  changed();
}
