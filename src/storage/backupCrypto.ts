import { z } from '../lib/zod';
import { CannotOpenError, deriveKey, kdfIterations, randomSalt, seal, unseal } from '../lib/crypto';
import { backupApp, backupFormat, backupMaxBytes, readBackup, type ReadResult } from './backup';

/**
 * A backup file locked with a passphrase: the whole backup text, encrypted with AES-GCM under a
 * key from PBKDF2-SHA256. The envelope says only which app made it and how to derive the key.
 */
const context = `${backupApp}-backup-${backupFormat}`;

const envelopeSchema = z.object({
  app: z.literal(backupApp),
  format: z.number().int().min(1),
  encrypted: z.object({
    kdf: z.literal('PBKDF2-SHA256'),
    // At least our own count; the upper bound keeps a crafted file from freezing the app.
    iterations: z.number().int().min(kdfIterations).max(10_000_000),
    salt: z.string().min(16).max(100),
    iv: z.string().min(12).max(100),
    ct: z.string().max(Math.ceil((backupMaxBytes * 4) / 3) + 100),
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
 * Without a passphrase, an encrypted file answers 'needs-passphrase'. Never throws.
 */
export async function readAnyBackup(text: string, passphrase?: string): Promise<ReadResult> {
  const first = readBackup(text);
  if (first.ok || first.error.code !== 'needs-passphrase' || passphrase === undefined) return first;
  const envelope = encryptedEnvelope(JSON.parse(text));
  if (!envelope) return { ok: false, error: { code: 'invalid', path: 'encrypted' } };
  const inner = await decryptBackup(envelope, passphrase);
  return inner.ok ? readBackup(inner.text) : inner;
}
