import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../i18n/i18n';
import { GlossaryPage } from './GlossaryPage';
import { glossary } from '../../content/glossary';

function renderGlossary(language: 'nl' | 'en' = 'nl') {
  const router = createMemoryRouter([{ path: '/', element: <GlossaryPage /> }]);
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

describe('GlossaryPage', () => {
  it('lists every term, alphabetically', () => {
    renderGlossary();
    const terms = screen.getAllByRole('term').map((dt) => dt.textContent ?? '');
    expect(terms).toHaveLength(glossary.terms.length);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(screen.getByRole('status')).toHaveTextContent(
      `${glossary.terms.length} begrippen gevonden.`,
    );
  });

  it('filters by the words you type, and says when nothing matches', async () => {
    renderGlossary();
    const box = screen.getByRole('searchbox', { name: 'Zoek een begrip' });
    await userEvent.type(box, 'clientonder');
    const terms = screen.getAllByRole('term').map((dt) => dt.textContent);
    expect(terms).toEqual(['Cliëntondersteuner', 'Onafhankelijke cliëntondersteuner']);
    expect(screen.getByRole('status')).toHaveTextContent('2 begrippen gevonden.');

    await userEvent.clear(box);
    await userEvent.type(box, 'qqq');
    expect(screen.queryAllByRole('term')).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('Er is geen begrip gevonden met ‘qqq’.');
    await userEvent.click(screen.getByRole('button', { name: 'Toon alle begrippen' }));
    expect(screen.getAllByRole('term')).toHaveLength(glossary.terms.length);
  });

  it('links terms inside definitions to their own entry, in English too', () => {
    renderGlossary('en');
    const entry = screen.getByText(/^Keukentafelgesprek/).closest('div');
    expect(entry).not.toBeNull();
    const link = within(entry as HTMLElement).getByRole('link', { name: 'melding' });
    expect(link).toHaveAttribute('href', '/over-het-gesprek/begrippen#melding');
  });
});
