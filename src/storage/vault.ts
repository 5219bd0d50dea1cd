import { isSealed, seal, unseal, type Sealed } from '../lib/crypto';

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

let state: VaultState = loadingVault;
const listeners = new Set<() => void>();

export function vaultState(): VaultState {
  return state;
}

export function setVaultState(next: VaultState): void {
  state = next;
  for (const l of listeners) l();
}

export function subscribeVault(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The key to store with: null when the lock is off. Throws while locked. */
export function storeKey(): CryptoKey | null {
  if (state.mode === 'open') return state.key;
  if (state.mode === 'locked') throw new LockedError();
  return null;
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
