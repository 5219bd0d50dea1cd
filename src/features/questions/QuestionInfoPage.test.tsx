import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { createDossier } from '../../storage/dossierRepository';
import { readEntries, saveEntry } from '../../storage/entryRepository';
import { resetAutosave } from '../../storage/autosave';

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  await freshDatabase();
});

// The first render loads the route's module: give it the time a cold start takes.
const findShortAnswer = () =>
  screen.findByRole('region', { name: 'Het korte antwoord' }, { timeout: 5000 });

describe('the uitleg page (issue 17, items 2 and 3)', () => {
  it('shows the short answer from the content first, folds the rest, and has one mark', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/vragen/vraag-1/uitleg`);
    const short = await findShortAnswer();
    expect(short).toHaveTextContent(/Het keukentafelgesprek is een gesprek met de gemeente\./);
    const folds = [...document.querySelectorAll('details')];
    expect(folds.map((f) => f.querySelector('summary')?.textContent)).toEqual([
      'Lees meer',
      'Filmpjes (3)',
      'Bronnen',
    ]);
    expect(folds.some((f) => f.open)).toBe(false);
    // Every source is still there, folded: the short answer's and each explanation's.
    expect(within(folds[2] as HTMLElement).getAllByRole('listitem')[0]).toHaveTextContent(
      /Het korte antwoord.*Wmo 2015, art\. 2\.3\.2 lid 1/,
    );
    expect(screen.getAllByRole('button', { name: /Lees dit later nog eens/ })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Verder' })).toHaveAttribute(
      'href',
      `/dossiers/${d.id}/vragen/vraag-2`,
    );
  });

  it('explains a term below its sentence; Escape and "Sluit uitleg" return focus to it', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/vragen/vraag-1/uitleg`);
    const short = await findShortAnswer();
    const term = within(short).getByRole('button', { name: 'melding' });
    await userEvent.click(term);
    expect(term).toHaveAttribute('aria-expanded', 'true');
    const panel = within(short).getByRole('group', { name: 'Melding' });
    expect(term.getAttribute('aria-controls')).toBe(panel.id);
    // Right after the sentence with the word, before the next sentence.
    expect(panel.previousElementSibling).toHaveTextContent(/nadat je een melding hebt gedaan\.$/);
    expect(panel.nextElementSibling).toHaveTextContent(/^Samen kijken jullie/);
    const all = within(panel).getByRole('link', { name: 'Alle begrippen' });
    expect(all).toHaveAttribute('href', '/over-het-gesprek/begrippen#melding');

    all.focus();
    await userEvent.keyboard('{Escape}');
    expect(within(short).queryByRole('group')).toBeNull();
    expect(term).toHaveFocus();
    expect(term).toHaveAttribute('aria-expanded', 'false');

    await userEvent.keyboard('{Enter}');
    await userEvent.click(within(short).getByRole('button', { name: 'Sluit uitleg' }));
    expect(within(short).queryByRole('group')).toBeNull();
    expect(term).toHaveFocus();
  });

  it('reads an old mark on a block as a mark on the question; unmarking clears both', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'mark:v2-met-wie', true);
    renderApp(`/dossiers/${d.id}/vragen/vraag-2/uitleg`);
    const mark = await screen.findByRole('button', { name: /^Lees dit later nog eens/ });
    await waitFor(() => expect(mark).toHaveAttribute('aria-pressed', 'true'));
    await userEvent.click(mark);
    expect(mark).toHaveAttribute('aria-pressed', 'false');
    await waitFor(async () => {
      const { marks } = await readEntries(d.id);
      expect([marks['vraag-2'], marks['v2-met-wie']]).toEqual([false, false]);
    });
  });

  it('lists a question marked the old way on "Teruglezen", with its short answer', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'mark:v3-herindicatie', true);
    await saveEntry(d.id, 'mark:vraag-5', true);
    renderApp(`/dossiers/${d.id}/teruglezen`);
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Vraag 3Weet je waarom je een keukentafelgesprek krijgt?',
      'Vraag 5Weet je wie je mee kunt nemen naar het keukentafelgesprek?',
    ]);
    expect(screen.getByText(/Je krijgt een gesprek omdat er een/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lees de uitleg bij vraag 3' })).toHaveAttribute(
      'href',
      `/dossiers/${d.id}/vragen/vraag-3/uitleg`,
    );
  });
});
