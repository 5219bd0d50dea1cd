import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { resetAutosave } from '../../storage/autosave';
import { makeBackup } from '../../storage/backup';
import { encryptBackup } from '../../storage/backupCrypto';
import { setVaultState } from '../../storage/vault';

const slow = { timeout: 5000 };
const at = '2026-11-22T10:00:00.000Z';
const id = crypto.randomUUID();
const dossier = {
  id,
  name: 'Mam',
  subject: 'self',
  personName: '',
  helperName: '',
  createdAt: at,
  updatedAt: at,
};
const plain = (value: unknown) =>
  makeBackup(
    [{ dossier: dossier as never, entries: [{ key: 'letter:afzender', value, updatedAt: at }] }],
    '0.1.0',
    new Date(at),
  );

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  setVaultState({ mode: 'off' });
  await freshDatabase();
});

async function upload(text: string) {
  renderApp('/reservekopie');
  const input = await screen.findByLabelText('Kies het bestand met de reservekopie', {}, slow);
  await userEvent.upload(input, new File([text], 'x.aantafel.json', { type: 'application/json' }));
}

describe('a hostile backup file gets a message that helps (issue 16, items 10 and 12)', () => {
  it('says a file nested 5,000 deep is damaged, never "probeer het nog een keer"', async () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    await upload(plain({ name: 'Ans' }).replace('"Ans"', deep));
    expect(
      await screen.findByRole('link', { name: /Dit bestand is beschadigd\./ }, slow),
    ).toBeVisible();
    expect(screen.queryByText(/probeer het nog een keer/i)).toBeNull();
  });

  it('refuses a sealed-looking value in a plain file with its own message', async () => {
    await upload(plain({ sealed: 1, iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAAAAAAAAAAAAAAAAAAAA==' }));
    expect(
      await screen.findByRole('link', { name: /versleutelde antwoorden/ }, slow),
    ).toBeVisible();
  });

  it('refuses an envelope with impossible parameters before it asks for the passphrase', async () => {
    const file = JSON.parse(await encryptBackup(plain({ name: 'Ans' }), 'geheim')) as {
      encrypted: object;
    };
    await upload(JSON.stringify({ ...file, encrypted: { ...file.encrypted, iterations: 1e9 } }));
    expect(await screen.findByRole('link', { name: /Dit beveiligde bestand/ }, slow)).toBeVisible();
    expect(screen.queryByLabelText('Typ de wachtwoordzin van dit bestand')).toBeNull();
  });
});
