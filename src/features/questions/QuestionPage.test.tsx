import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { createDossier } from '../../storage/dossierRepository';
import { readEntries } from '../../storage/entryRepository';
import { resetAutosave } from '../../storage/autosave';

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  await freshDatabase();
});

describe('a question page', () => {
  it("asks the question with the person's name, and needs an answer", async () => {
    const d = await createDossier({ subject: 'other', personName: 'Ans' });
    renderApp(`/dossiers/${d.id}/vragen/vraag-1`);
    const group = await screen.findByRole('group', {
      name: 'Weet Ans wat een keukentafelgesprek is?',
    });
    expect(screen.getByText('Voor Ans · Vraag 1 van 5')).toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([
      'ja',
      'nee',
      'weet-niet',
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Kies een antwoord.');
    expect(group).toHaveAccessibleDescription('Kies een antwoord.');
    // The title names the page, not the person (issue 16).
    expect(document.title).toBe('Fout: Vraag 1 van 5 – Aan tafel');
  });

  it('after "Weet ik niet zeker", saves the answer and shows the explanation', async () => {
    const d = await createDossier({ subject: 'self' });
    const { router } = renderApp(`/dossiers/${d.id}/vragen/vraag-2`);
    await userEvent.click(await screen.findByRole('radio', { name: 'Weet ik niet zeker' }));
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Uitleg bij vraag 2/ }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/dossiers/${d.id}/vragen/vraag-2/uitleg`);
    expect((await readEntries(d.id)).answers['vraag-2']).toBe('weet-niet');
    expect(screen.getByRole('heading', { level: 2, name: 'Het korte antwoord' })).toBeVisible();
    expect(screen.getByText('Dit kun je nakijken').closest('details')).not.toHaveAttribute('open');
  });

  it('"Ja" goes straight to the next question, and the mark button toggles', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/vragen/vraag-4`);
    const mark = await screen.findByRole('button', { name: /^Lees dit later nog eens/ });
    expect(mark).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(mark);
    expect(mark).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('radio', { name: 'Ja' }));
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByText('Voor jezelf · Vraag 5 van 5')).toBeInTheDocument();
    await waitFor(async () => expect((await readEntries(d.id)).marks['vraag-4']).toBe(true));
  });
});
