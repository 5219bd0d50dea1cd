import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { freshDatabase, renderApp } from '../renderApp';
import { createDossier, renameDossier } from '../../src/storage/dossierRepository';
import { resetAutosave } from '../../src/storage/autosave';

/*
 * Issue 16, item 2: browser history, session restore and tab lists keep every page title, also
 * after the lock and after "Wis alles". So a title names the page, never the person.
 */
const dossierPaths = [
  '',
  '/naam',
  '/verwijderen',
  '/vragen/vraag-1',
  '/vragen/vraag-2',
  '/vragen/vraag-2/uitleg',
  '/vragen/vraag-5',
  '/vragen/klaar',
  '/teruglezen',
  '/plan',
  '/plan/voorstellen',
  '/plan/knelpunten',
  '/plan/knelpunten/knelpunt-wonen',
  '/plan/zelf-oplossen',
  '/plan/ondersteuning',
  '/plan/vorm',
  '/plan/mantelzorger',
  '/plan/controleren',
  '/data',
  '/data/tijdlijn',
  '/pdf',
  '/tijdens',
  '/gesprek',
  '/na',
  '/verslag',
  '/brieven',
  '/brieven/aanvraag',
];

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  await freshDatabase();
});

describe('page titles in a dossier for someone else', () => {
  it.each(dossierPaths)('%s names the page, not Rietje, Kees or the dossier', async (path) => {
    const d = await createDossier({ subject: 'other', personName: 'Rietje', helperName: 'Kees' });
    await renameDossier(d.id, 'Moeder Rietje');
    document.title = '';
    renderApp(`/dossiers/${d.id}${path}`);
    // The machine may be busy: a lazy page can take longer than Testing Library's 1 s.
    await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    await waitFor(() => expect(document.title).toMatch(/ – Aan tafel$/), { timeout: 5000 });
    expect(document.title).not.toMatch(/Rietje|Kees/);
  });
});
