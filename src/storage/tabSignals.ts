/**
 * Signals between the app's tabs (issue 16, items 1 and 4): "locked" and "wiped". Sent over a
 * BroadcastChannel, and also as a localStorage change, which fires a `storage` event in every
 * other tab where BroadcastChannel is missing. A tab may so get one signal twice: every handler
 * must be safe to run again. A signal carries no data of the resident.
 */
export type TabSignal = 'lock' | 'wipe';

export const tabChannelName = 'aantafel-tabs';
export const tabSignalKey = 'aantafel-tab-signal';

const listeners = new Set<(signal: TabSignal) => void>();
let channel: BroadcastChannel | null | undefined;

const isSignal = (v: unknown): v is TabSignal => v === 'lock' || v === 'wipe';

function deliver(v: unknown): void {
  if (!isSignal(v)) return;
  for (const l of listeners) l(v);
}

function onStorage(e: StorageEvent): void {
  if (e.key !== tabSignalKey || !e.newValue) return;
  try {
    deliver((JSON.parse(e.newValue) as { signal?: unknown }).signal);
  } catch {
    // Not ours: ignore.
  }
}

function start(): void {
  if (channel !== undefined) return;
  channel = null;
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(tabChannelName);
    channel.onmessage = (e: MessageEvent) => deliver(e.data);
    // In Node (tests, prerendering) an open channel would keep the process alive.
    (channel as unknown as { unref?: () => void }).unref?.();
  }
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
}

/** Hears the signals of the other tabs; returns the function that stops listening. */
export function onTabSignal(listener: (signal: TabSignal) => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every other tab of this app. This tab does not hear its own signal. */
export function sendTabSignal(signal: TabSignal): void {
  start();
  try {
    channel?.postMessage(signal);
  } catch {
    // A closed channel: the storage event still carries it.
  }
  try {
    // A fresh value each time, so that the same signal twice is still a change.
    localStorage.setItem(tabSignalKey, JSON.stringify({ signal, at: crypto.randomUUID() }));
    localStorage.removeItem(tabSignalKey);
  } catch {
    // Storage blocked: the channel carries it.
  }
}
