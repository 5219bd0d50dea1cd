import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { createDossier } from '../../storage/dossierRepository';
import { readEntries, saveEntry } from '../../storage/entryRepository';
import { resetAutosave } from '../../storage/autosave';

/** Issue 17: fewer screens on her phone. Each item is short; nothing is lost on the way. */
beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  await freshDatabase();
});

describe('a compact worksheet page', () => {
  it('shows the count only when she comes near the limit; a screen reader always hears it', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const name = await screen.findByRole('textbox', { name: 'Naam' });
    const count = () => document.getElementById('naam-text-count') as HTMLElement;
    expect(name).toHaveAccessibleDescription(/Je kunt nog 100 tekens typen\./);
    expect(count()).toHaveClass('visually-hidden');

    await userEvent.click(name);
    await userEvent.paste('a'.repeat(79));
    expect(count()).toHaveClass('visually-hidden');
    await userEvent.type(name, 'a');
    expect(count()).toHaveTextContent('Je kunt nog 20 tekens typen.');
    expect(count()).toHaveClass('field__count');
    expect(count()).not.toHaveClass('visually-hidden');
  });

  it('gives one short hint, with the rest of the help folded behind "Meer uitleg"', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const box = await screen.findByRole('textbox', {
      name: 'Zorg van beroepskrachten of vrijwilligers',
    });
    expect(box).toHaveAccessibleDescription(
      /^Welke hulp krijg je nu van beroepskrachten of vrijwilligers, en hoe vaak\?/,
    );
    expect(box).not.toHaveAccessibleDescription(/Denk aan/);
    const item = box.closest('.ws-item') as HTMLElement;
    const summary = within(item).getByText(/^Meer uitleg/, { selector: 'summary' });
    const more = summary.closest('details') as HTMLDetailsElement;
    expect(summary).toHaveTextContent('Meer uitleg (Zorg van beroepskrachten of vrijwilligers)');
    expect(more.open).toBe(false);
    expect(more).toHaveTextContent(/Denk aan wijkverpleging/);
    await userEvent.click(summary);
    expect(more.open).toBe(true);
    // One "Meer uitleg" per item whose help has more; the others have only their hint.
    expect(screen.getAllByText(/^Meer uitleg/, { selector: 'summary' })).toHaveLength(3);
  });

  it('keeps the private choice in words, says once what it means, and saves it', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    expect(
      await screen.findByText(
        'Zet een vinkje bij ‘Alleen voor mezelf’ als iets niet naar de gemeente mag.',
      ),
    ).toBeInTheDocument();
    const check = screen.getByRole('checkbox', {
      name: 'Alleen voor mezelf. Niet delen met de gemeente. (Adres)',
    });
    await userEvent.click(check);
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan en naar het overzicht' }));
    expect(
      // The overview is loaded on first use, which can take a moment in a test.
      await screen.findByRole(
        'heading',
        { level: 1, name: /Bereid het gesprek voor/ },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect((await readEntries(d.id)).worksheet.adres).toEqual({ private: true });
  });
});

describe('a topic on a page of its own', () => {
  it('has its label as the page heading, all of its help, and the way to the overview', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'chosen:knelpunten', ['knelpunt-vrije-tijd']);
    renderApp(`/dossiers/${d.id}/plan/knelpunten/knelpunt-vrije-tijd`);
    const h1 = await screen.findByRole('heading', { level: 1, name: /Vrije tijd$/ });
    const box = within(h1).getByText('Vrije tijd');
    expect(box.tagName).toBe('LABEL');
    expect(screen.getByRole('textbox', { name: 'Vrije tijd' })).toHaveAccessibleDescription(
      /Kun je nog doen wat je leuk vindt\? Denk aan een hobby, sport of een club\./,
    );
    expect(screen.queryByText(/^Meer uitleg/, { selector: 'summary' })).toBeNull();
    expect(screen.getByText('Alleen voor mezelf', { exact: false })).toHaveTextContent(
      /^Alleen voor mezelf\. Niet delen met de gemeente\./,
    );

    await userEvent.type(screen.getByRole('textbox'), 'Ik kan niet meer naar de koorrepetitie.');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan en naar het overzicht' }));
    expect(
      // The overview is loaded on first use, which can take a moment in a test.
      await screen.findByRole(
        'heading',
        { level: 1, name: /Bereid het gesprek voor/ },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect((await readEntries(d.id)).worksheet['knelpunt-vrije-tijd']?.text).toBe(
      'Ik kan niet meer naar de koorrepetitie.',
    );
  });
});
