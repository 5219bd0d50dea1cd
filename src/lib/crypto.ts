/**
 * The one wrapper around WebCrypto (architecture rule 6): a key from a passphrase, and
 * authenticated encryption of JSON values. AES-GCM detects any change to the ciphertext,
 * so a wrong passphrase and a tampered file fail in the same clean way.
 */

/** PBKDF2-SHA256 iterations: OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
export const kdfIterations = 600_000;
const saltBytes = 16;
const ivBytes = 12;

/** An encrypted value as stored or saved: plain JSON, so it fits IndexedDB, localStorage and files. */
export interface Sealed {
  sealed: 1;
  iv: string;
  ct: string;
}

export class CannotOpenError extends Error {
  constructor() {
    super('The passphrase is wrong, or the data was changed.');
    this.name = 'CannotOpenError';
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function randomSalt(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(saltBytes)));
}

export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.sealed === 1 && typeof v.iv === 'string' && typeof v.ct === 'string';
}

/** A key that never leaves memory (not extractable), from a passphrase and a salt (base64). */
export async function deriveKey(
  passphrase: string,
  salt: string,
  iterations: number = kdfIterations,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const encoder = new TextEncoder();

/** Encrypts a JSON value. `context` is bound to the ciphertext: it must match to open it. */
export async function seal(key: CryptoKey, value: unknown, context = ''): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { sealed: 1, iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/** Decrypts; throws CannotOpenError for a wrong key, another context or any changed byte. */
export async function unseal(key: CryptoKey, sealed: Sealed, context = ''): Promise<unknown> {
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: encoder.encode(context) },
      key,
      fromBase64(sealed.ct),
    );
  } catch {
    throw new CannotOpenError();
  }
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}
