import { isSealed, seal, unseal, type Sealed } from '../lib/crypto';
import { onTabSignal, sendTabSignal } from './tabSignals';

/**
 * The app lock's state in this tab. When the lock is on, every answer and every dossier's
 * names are stored encrypted; the key lives only here, in memory, and only while unlocked.
 */
/** The stored lock record (meta table, key 'lock'); parsed by lock.ts on every read. */
export interface LockRecord {
  key: 'lock';
  salt: string;
  iterations: number;
  /** A known value sealed with the key: opening it proves the passphrase. */
  check: Sealed;
  idleMinutes: number;
}

export type VaultState =
  | { mode: 'loading' }
  | { mode: 'off' }
  /** IndexedDB cannot be used here (some private modes): nothing can be stored. */
  | { mode: 'unavailable' }
  | { mode: 'locked'; lock: LockRecord }
  | { mode: 'open'; lock: LockRecord; key: CryptoKey };

export class LockedError extends Error {
  constructor() {
    super('The app is locked.');
    this.name = 'LockedError';
  }
}

/**
 * The state before the lock record is read. One object, so that the prerendered start page
 * (made with it) and the app agree on it without drawing the page again.
 */
export const loadingVault: VaultState = { mode: 'loading' };

/** Everything on this device was wiped in another tab: this tab stores nothing any more. */
export class WipedElsewhereError extends Error {
  constructor() {
    super('Everything was wiped in another tab.');
    this.name = 'WipedElsewhereError';
  }
}

let state: VaultState = loadingVault;
let wiped = false;
const listeners = new Set<() => void>();

export function vaultState(): VaultState {
  return state;
}

function apply(next: VaultState): void {
  state = next;
  for (const l of listeners) l();
}

export function setVaultState(next: VaultState): void {
  const before = state;
  if (next.mode !== 'loading') listenToOtherTabs();
  apply(next);
  // Locking, by hand or when idle, locks every tab (issue 16, item 1).
  if (before.mode === 'open' && next.mode === 'locked') sendTabSignal('lock');
}

export function subscribeVault(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once another tab wiped everything: then nothing may be written, so nothing comes back. */
export function wipedElsewhere(): boolean {
  return wiped;
}

const beforeLock = new Set<() => Promise<void>>();
const afterWipe = new Set<() => void>();

/** Work to finish while the key is still here when another tab locks (the pending saves). */
export function onLockElsewhere(task: () => Promise<void>): () => void {
  beforeLock.add(task);
  return () => beforeLock.delete(task);
}

/** Work to stop when another tab wiped everything. */
export function onWipeElsewhere(task: () => void): () => void {
  afterWipe.add(task);
  return () => afterWipe.delete(task);
}

async function lockedElsewhere(): Promise<void> {
  if (state.mode !== 'open') return;
  await Promise.allSettled([...beforeLock].map((task) => task()));
  // The key goes; the app shows the unlock page, so every form and its state go too.
  if (state.mode === 'open') apply({ mode: 'locked', lock: state.lock });
}

/** Set in this tab's sessionStorage for the page that says why the tab started again. */
export const wipedElsewhereMark = 'aantafel-wiped-elsewhere';

/** A full load of the wipe page: no answer stays in this tab's memory or on its screen. */
let leave = (): void => window.location.replace('/wis-alles');

/** For tests: what the tab does instead of loading the wipe page. */
export function setLeaveAfterWipeForTests(next: () => void): void {
  leave = next;
}

function wipedInOtherTab(): void {
  if (wiped) return;
  wiped = true; // from now on storeKey() throws, so nothing is written
  for (const task of afterWipe) task();
  try {
    sessionStorage.setItem(wipedElsewhereMark, '1');
  } catch {
    // Storage blocked: the page then only does not say why.
  }
  // A closed stand-in, so that no read re-creates the database (db.ts), then start anew.
  void import('./db')
    .then(({ deleteDatabase }) => deleteDatabase())
    .catch(() => undefined)
    .finally(() => leave());
}

let listening = false;
function listenToOtherTabs(): void {
  if (listening) return;
  listening = true;
  onTabSignal((signal) => {
    if (signal === 'lock') void lockedElsewhere();
    else wipedInOtherTab();
  });
}

/** The key to store with: null when the lock is off. Throws while locked, or after a wipe. */
export function storeKey(): CryptoKey | null {
  if (wiped) throw new WipedElsewhereError();
  if (state.mode === 'open') return state.key;
  if (state.mode === 'locked') throw new LockedError();
  return null;
}

/**
 * The lock this tab stores under: its salt, or null with the lock off. saveEntry checks it against
 * the stored lock record, so that a tab that has not yet seen the lock go on or off never writes
 * a plain answer into a locked database, or a sealed one into an open database (issue 16, item 5).
 */
export function storeLockSalt(): string | null {
  storeKey();
  return state.mode === 'open' ? state.lock.salt : null;
}

/** The lock changed in another tab, and this tab has not caught up yet: nothing was written. */
export class LockChangedError extends Error {
  constructor() {
    super('The lock was turned on or off in another tab.');
    this.name = 'LockChangedError';
  }
}

/** The key to read with, when there is one. */
function readKey(): CryptoKey | null {
  return state.mode === 'open' ? state.key : null;
}

/** Each sealed value is bound to its place, so that no ciphertext can be moved to another. */
export const entryContext = (dossierId: string, key: string) => `entry|${dossierId}|${key}`;
export const dossierContext = (id: string) => `dossier|${id}`;

export async function sealValue(
  value: unknown,
  context: string,
  key: CryptoKey | null = storeKey(),
): Promise<unknown> {
  return key ? seal(key, value, context) : value;
}

/** A plain value as it is; a sealed one opened. Throws LockedError when there is no key. */
export async function openValue(
  value: unknown,
  context: string,
  key: CryptoKey | null = readKey(),
): Promise<unknown> {
  if (!isSealed(value)) return value;
  if (!key) throw new LockedError();
  return unseal(key, value, context);
}

/** The parts of a dossier that are the resident's own words; ids, dates and paths stay plain. */
const privateFields = ['name', 'subject', 'personName', 'helperName'] as const;

export async function sealDossierRow(
  row: Record<string, unknown>,
  key: CryptoKey | null = storeKey(),
): Promise<Record<string, unknown>> {
  if (!key) return row;
  const plain = Object.fromEntries(
    Object.entries(row).filter(([f]) => !(privateFields as readonly string[]).includes(f)),
  );
  const secret = Object.fromEntries(privateFields.map((f) => [f, row[f]]));
  return { ...plain, sealed: await seal(key, secret, dossierContext(String(row.id))) };
}

export async function openDossierRow(
  row: unknown,
  key: CryptoKey | null = readKey(),
): Promise<unknown> {
  if (typeof row !== 'object' || row === null) return row;
  const { sealed, ...rest } = row as Record<string, unknown>;
  if (sealed === undefined) return row;
  const secret = await openValue(sealed, dossierContext(String(rest.id)), key);
  return { ...rest, ...(typeof secret === 'object' && secret !== null ? secret : {}) };
}
