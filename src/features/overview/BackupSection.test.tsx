import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { resetAutosave } from '../../storage/autosave';
import { noteBackupMade } from '../../storage/backupRepository';
import { createDossier } from '../../storage/dossierRepository';
import { saveEntry } from '../../storage/entryRepository';

/** Issue 18, part 3: the last backup on the overview, and a quiet ask when one is due. */
const slow = { timeout: 5000 };

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-24T12:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

async function backupSection(dossierId: string) {
  renderApp(`/dossiers/${dossierId}`);
  return screen.findByRole('region', { name: 'Reservekopie' }, slow);
}

describe('the backup on the overview', () => {
  it('says when none was made, with the link, after the parts (the next step stays first)', async () => {
    const d = await createDossier({ subject: 'self' });
    const section = await backupSection(d.id);
    expect(section).toHaveTextContent('Je hebt nog geen reservekopie gemaakt.');
    expect(within(section).getByRole('link', { name: 'Maak een reservekopie' })).toHaveAttribute(
      'href',
      '/reservekopie',
    );
    const parts = screen.getByRole('list', { name: 'Delen van de voorbereiding' });
    const next = screen.getByRole('region', { name: 'Wat je nu kunt doen' });
    expect(next.compareDocumentPosition(parts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(parts.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('gives the date of the last backup in words', async () => {
    const d = await createDossier({ subject: 'self' });
    await noteBackupMade([d.id], new Date('2026-11-24T09:30:00'));
    const section = await backupSection(d.id);
    expect(section).toHaveTextContent('Laatste reservekopie: dinsdag 24 november 2026.');
    expect(within(section).queryByRole('complementary')).toBeNull();
  });

  it('asks for one before a gesprek within a week, until a backup is made', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'date:gesprek', '1-12-2026');
    const section = await backupSection(d.id);
    const note = await within(section).findByRole('complementary');
    expect(note).toHaveTextContent(
      'Het gesprek is binnenkort. Maak vóór het gesprek een reservekopie.',
    );
    expect(within(note).getByRole('link', { name: 'Maak een reservekopie' })).toHaveAttribute(
      'href',
      '/reservekopie',
    );
    await noteBackupMade([d.id], new Date('2026-11-24T12:30:00'));
    await waitFor(() => expect(within(section).queryByRole('complementary')).toBeNull());
    expect(section).toHaveTextContent('Laatste reservekopie: dinsdag 24 november 2026.');
  });

  it('does not ask for a gesprek further away', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'date:gesprek', '2-12-2026');
    const section = await backupSection(d.id);
    expect(section).toHaveTextContent('Je hebt nog geen reservekopie gemaakt.');
    expect(within(section).queryByRole('complementary')).toBeNull();
  });

  it('asks after a part is done; "Niet nu" puts it away', async () => {
    const d = await createDossier({ subject: 'self' });
    await noteBackupMade([d.id], new Date('2026-11-20T10:00:00'));
    await saveEntry(d.id, 'part:vragen', 'klaar');
    const section = await backupSection(d.id);
    const note = await within(section).findByRole('complementary');
    expect(note).toHaveTextContent('Een deel van de voorbereiding is klaar.');
    await userEvent.click(within(note).getByRole('button', { name: 'Niet nu' }));
    await waitFor(() => expect(within(section).queryByRole('complementary')).toBeNull());
    expect(section).toHaveTextContent('Laatste reservekopie: vrijdag 20 november 2026.');
  });

  it('asks after many changes, in words that fit when no backup was ever made', async () => {
    const d = await createDossier({ subject: 'self' });
    for (let i = 0; i < 15; i++) await saveEntry(d.id, `tick:vraag-1:punt-${i}`, true);
    const section = await backupSection(d.id);
    const note = await within(section).findByRole('complementary');
    expect(note).toHaveTextContent('Je hebt al veel ingevuld. Maak een reservekopie');
  });
});
