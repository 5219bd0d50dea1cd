import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { createDossier, purgeDeleted } from '../../storage/dossierRepository';
import { resetAutosave } from '../../storage/autosave';

// The machine may be busy: a lazy page can take longer than Testing Library's 1 s.
const slow = { timeout: 5000 };

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  document.title = '';
  await freshDatabase();
});

describe('deleting a dossier', () => {
  it('names the person on the page, but not in the title or the history state', async () => {
    const d = await createDossier({ subject: 'other', personName: 'Rietje' });
    const { router } = renderApp(`/dossiers/${d.id}/verwijderen`);
    await screen.findByRole('heading', { level: 1, name: /Voor Rietje/ }, slow);
    await waitFor(() => expect(document.title).toBe('Dossier verwijderen – Aan tafel'), slow);

    await userEvent.click(screen.getByRole('button', { name: 'Ja, verwijder het dossier' }));
    expect(
      await screen.findByText('Het dossier ‘Voor Rietje’ is verwijderd.', {}, slow),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/dossiers');
    expect(router.state.location.state).toEqual({ deletedId: d.id });
    expect(document.title).not.toContain('Rietje');

    await userEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(
      await screen.findByText('Het dossier ‘Voor Rietje’ is teruggezet.', {}, slow),
    ).toBeVisible();
  });

  it('says nothing about a dossier that is gone for good', async () => {
    const d = await createDossier({ subject: 'other', personName: 'Rietje' });
    const { router } = renderApp(`/dossiers/${d.id}/verwijderen`);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ja, verwijder het dossier' }, slow),
    );
    await screen.findByText('Het dossier ‘Voor Rietje’ is verwijderd.', {}, slow);
    await purgeDeleted(new Date(Date.now() + 1000));
    await router.navigate('/dossiers', { state: router.state.location.state });
    await screen.findByText('Je hebt nog geen dossier.', {}, slow);
    await waitFor(() => expect(screen.queryByText(/Rietje/)).toBeNull(), slow);
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
  });
});
