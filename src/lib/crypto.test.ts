import { describe, expect, it } from 'vitest';
import {
  CannotOpenError,
  deriveKey,
  fromBase64,
  isSealed,
  kdfIterations,
  randomSalt,
  seal,
  toBase64,
  unseal,
} from './crypto';

// Fewer iterations keep these unit tests quick; the count itself is checked on its own.
const fast = 1_000;

describe('crypto wrapper', () => {
  it('derives keys with at least 600,000 PBKDF2 iterations by default', () => {
    expect(kdfIterations).toBeGreaterThanOrEqual(600_000);
  });

  it('round-trips any JSON value, with emoji, RTL text and NUL characters', async () => {
    const key = await deriveKey('blauwe fiets op zondag', randomSalt(), fast);
    const value = { text: 'Ans 👵🏼 — שלום a\u0000b', n: [1, 2, 3], ok: true };
    const sealed = await seal(key, value, 'ctx');
    expect(isSealed(sealed)).toBe(true);
    expect(JSON.stringify(sealed)).not.toContain('Ans');
    expect(await unseal(key, sealed, 'ctx')).toEqual(value);
  });

  it('fails cleanly with a wrong passphrase, another salt or another context', async () => {
    const salt = randomSalt();
    const key = await deriveKey('goede zin', salt, fast);
    const sealed = await seal(key, 'geheim', 'ctx');
    await expect(unseal(await deriveKey('foute zin', salt, fast), sealed, 'ctx')).rejects.toThrow(
      CannotOpenError,
    );
    await expect(
      unseal(await deriveKey('goede zin', randomSalt(), fast), sealed, 'ctx'),
    ).rejects.toThrow(CannotOpenError);
    await expect(unseal(key, sealed, 'other')).rejects.toThrow(CannotOpenError);
  });

  it('detects every single changed byte of the ciphertext', async () => {
    const key = await deriveKey('goede zin', randomSalt(), fast);
    const sealed = await seal(key, 'geheim', 'ctx');
    const bytes = fromBase64(sealed.ct);
    for (let i = 0; i < bytes.length; i += 1) {
      const tampered = bytes.slice();
      tampered[i] = (tampered[i] ?? 0) ^ 0x01;
      await expect(unseal(key, { ...sealed, ct: toBase64(tampered) }, 'ctx')).rejects.toThrow(
        CannotOpenError,
      );
    }
    await expect(unseal(key, { ...sealed, ct: 'not base64!' }, 'ctx')).rejects.toThrow(
      CannotOpenError,
    );
  });

  it('never reuses an IV', async () => {
    const key = await deriveKey('goede zin', randomSalt(), fast);
    const ivs = new Set<string>();
    for (let i = 0; i < 200; i += 1) ivs.add((await seal(key, 'x')).iv);
    expect(ivs.size).toBe(200);
  });

  it('base64 survives every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...fromBase64(toBase64(all))]).toEqual([...all]);
  });
});
