import { z } from '../lib/zod';
import { CannotOpenError, deriveKey, kdfIterations, randomSalt, seal, unseal } from '../lib/crypto';
import { backupApp, backupFormat, backupMaxBytes, readBackup, type ReadResult } from './backup';

/**
 * A backup file locked with a passphrase: the whole backup text, encrypted with AES-GCM under a
 * key from PBKDF2-SHA256. The envelope says only which app made it and how to derive the key.
 */
const context = `${backupApp}-backup-${backupFormat}`;

/**
 * The most iterations a file may ask for. Far more would keep the device busy for minutes before
 * it could say that the passphrase is wrong (issue 16, item 12); twice our own leaves room to grow.
 */
export const maxKdfIterations = 2 * kdfIterations;

/** The sizes src/lib/crypto.ts makes (randomSalt, seal); a file with others was not made by us. */
const saltBytes = 16;
const ivBytes = 12;

/** Base64 as toBase64 writes it, checked by hand: a regex over megabytes may run out of stack. */
function base64Bytes(text: string): number | null {
  if (text.length % 4 !== 0) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  for (let i = 0; i < text.length - pad; i += 1) {
    const c = text.charCodeAt(i);
    const ok = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (!ok && c !== 0x2b && c !== 0x2f) return null;
  }
  return (text.length / 4) * 3 - pad;
}
const base64 = (min: number, max: number) =>
  z
    .string()
    .max(Math.ceil(max / 3) * 4)
    .refine((s) => {
      const n = base64Bytes(s);
      return n !== null && n >= min && n <= max;
    });

/** Checked before the passphrase is asked for: a file the app could never open is refused at once. */
const envelopeSchema = z.object({
  app: z.literal(backupApp),
  format: z.literal(backupFormat),
  encrypted: z.object({
    kdf: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(kdfIterations).max(maxKdfIterations),
    salt: base64(saltBytes, saltBytes),
    iv: base64(ivBytes, ivBytes),
    // At least AES-GCM's 16-byte tag.
    ct: base64(16, Math.ceil((backupMaxBytes * 4) / 3) + 100),
  }),
});
export type EncryptedBackup = z.infer<typeof envelopeSchema>;

export async function encryptBackup(text: string, passphrase: string): Promise<string> {
  const salt = randomSalt();
  const key = await deriveKey(passphrase, salt, kdfIterations);
  const { iv, ct } = await seal(key, text, context);
  const file: EncryptedBackup = {
    app: backupApp,
    format: backupFormat,
    encrypted: { kdf: 'PBKDF2-SHA256', iterations: kdfIterations, salt, iv, ct },
  };
  return JSON.stringify(file);
}

/** The envelope, when this text is an encrypted backup; null for anything else. */
export function encryptedEnvelope(raw: unknown): EncryptedBackup | null {
  const parsed = envelopeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The backup text inside, or 'wrong-passphrase' (which also covers a changed file). */
export async function decryptBackup(
  envelope: EncryptedBackup,
  passphrase: string,
): Promise<{ ok: true; text: string } | { ok: false; error: { code: 'wrong-passphrase' } }> {
  const { iterations, salt, iv, ct } = envelope.encrypted;
  try {
    const key = await deriveKey(passphrase, salt, iterations);
    const text = await unseal(key, { sealed: 1, iv, ct }, context);
    if (typeof text !== 'string') throw new CannotOpenError();
    return { ok: true, text };
  } catch (error) {
    if (error instanceof CannotOpenError || error instanceof DOMException) {
      return { ok: false, error: { code: 'wrong-passphrase' } };
    }
    throw error;
  }
}

/**
 * Reads any backup file: a plain one at once, an encrypted one with the passphrase.
 * An encrypted file's envelope is checked first: a bad one answers 'bad-envelope' without asking
 * for the passphrase; a good one without a passphrase answers 'needs-passphrase'. Never throws.
 */
export async function readAnyBackup(text: string, passphrase?: string): Promise<ReadResult> {
  const first = readBackup(text);
  if (first.ok || first.error.code !== 'needs-passphrase') return first;
  const envelope = encryptedEnvelope(JSON.parse(text));
  if (!envelope) return { ok: false, error: { code: 'bad-envelope' } };
  if (passphrase === undefined) return first;
  const inner = await decryptBackup(envelope, passphrase);
  if (!inner.ok) return inner;
  const read = readBackup(inner.text);
  // The app never locks a file twice.
  return !read.ok && read.error.code === 'needs-passphrase'
    ? { ok: false, error: { code: 'bad-envelope' } }
    : read;
}
