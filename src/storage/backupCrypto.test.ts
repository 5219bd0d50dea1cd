import { beforeEach, describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../lib/crypto';
import { makeBackup } from './backup';
import { decryptBackup, encryptBackup, encryptedEnvelope, readAnyBackup } from './backupCrypto';
import { collectBackup, restoreFromText } from './backupRepository';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier } from './dossierRepository';
import { saveEntry } from './entryRepository';
import { setVaultState } from './vault';

const passphrase = 'blauwe fiets op zondag';
let db: AanTafelDatabase;
beforeEach(async () => {
  setVaultState({ mode: 'off' });
  db = new AanTafelDatabase(`crypt-${crypto.randomUUID()}`);
  setDatabaseForTests(db);
  await db.open();
});

async function plainBackup(): Promise<string> {
  const d = await createDossier({ subject: 'other', personName: 'Ans', helperName: '' });
  await saveEntry(d.id, 'ws:naam', { text: 'Ans de Vries 👵🏼', private: true });
  return makeBackup(await collectBackup(), '0.1.0', new Date('2026-11-22T10:00:00Z'));
}

describe('backup with a passphrase', () => {
  it('encrypts with PBKDF2-SHA256 (600,000+ iterations) and AES-GCM, and opens again', async () => {
    const text = await plainBackup();
    const file = await encryptBackup(text, passphrase);
    expect(file).not.toContain('Ans');
    const envelope = encryptedEnvelope(JSON.parse(file));
    expect(envelope?.encrypted.kdf).toBe('PBKDF2-SHA256');
    expect(envelope?.encrypted.iterations).toBeGreaterThanOrEqual(600_000);
    const read = await readAnyBackup(file, passphrase);
    expect(read.ok && read.backup.dossiers[0]?.dossier.personName).toBe('Ans');
  });

  it('asks for the passphrase, and says so plainly when it is wrong', async () => {
    const file = await encryptBackup(await plainBackup(), passphrase);
    expect(await readAnyBackup(file)).toEqual({ ok: false, error: { code: 'needs-passphrase' } });
    expect(await readAnyBackup(file, 'blauwe fiets op maandag')).toEqual({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
  });

  it('detects a tampered ciphertext and changes nothing in the database', async () => {
    const file = JSON.parse(await encryptBackup(await plainBackup(), passphrase));
    const bytes = fromBase64(file.encrypted.ct);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0x20;
    file.encrypted.ct = toBase64(bytes);
    const before = JSON.stringify([await db.dossiers.toArray(), await db.entries.toArray()]);
    const result = await restoreFromText(JSON.stringify(file), {}, (d) => d.name, passphrase);
    expect(result).toEqual({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(JSON.stringify([await db.dossiers.toArray(), await db.entries.toArray()])).toBe(before);
  });

  it('refuses an envelope that asks for fewer iterations or is damaged', async () => {
    const file = JSON.parse(await encryptBackup(await plainBackup(), passphrase));
    expect(encryptedEnvelope({ ...file, encrypted: { ...file.encrypted, iterations: 1000 } })).toBe(
      null,
    );
    const damaged = JSON.stringify({ ...file, encrypted: { ...file.encrypted, salt: 5 } });
    expect(await readAnyBackup(damaged, passphrase)).toMatchObject({
      ok: false,
      error: { code: 'bad-envelope' },
    });
    const envelope = encryptedEnvelope(file);
    if (!envelope) throw new Error('no envelope');
    const wrongSalt = {
      ...envelope,
      encrypted: { ...envelope.encrypted, salt: toBase64(new Uint8Array(16)) },
    };
    expect(await decryptBackup(wrongSalt, passphrase)).toMatchObject({ ok: false });
  });
});
