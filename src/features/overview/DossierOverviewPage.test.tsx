import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { createDossier } from '../../storage/dossierRepository';
import { saveEntry } from '../../storage/entryRepository';
import { resetAutosave } from '../../storage/autosave';

/** Issue 17, item 5: the one next thing to do and the next date, at the top of the overview. */
beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  await freshDatabase();
});
afterEach(() => {
  vi.useRealTimers();
});

function today(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${iso}T12:00:00`));
}

async function nextStep(dossierId: string) {
  renderApp(`/dossiers/${dossierId}`);
  const region = await screen.findByRole('region', { name: 'Wat je nu kunt doen' });
  // It comes first, right under the page's heading.
  const h1 = screen.getByRole('heading', { level: 1 });
  expect(h1.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(screen.getByRole('list', { name: 'Delen van de voorbereiding' })).toSatisfy(
    (list: Element) => !!(region.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  return region;
}

describe('the next step on the overview', () => {
  it('asks for the date of the melding when no date is known, with a link', async () => {
    today('2026-11-26');
    const d = await createDossier({ subject: 'self' });
    const region = await nextStep(d.id);
    expect(region).toHaveTextContent(
      'Vul eerst de datum van de melding in. Dan rekent de app uit tot wanneer het plan zeker op tijd is.',
    );
    expect(
      within(region).getByRole('link', { name: 'Datum van de melding invullen' }),
    ).toHaveAttribute('href', `/dossiers/${d.id}/data`);
  });

  it('gives the last day for the plan in words, the way to submit it, its article and the PDF', async () => {
    today('2026-11-26');
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'date:melding', '20-11-2026');
    const region = await nextStep(d.id);
    expect(
      await within(region).findByText(
        'Zorg dat de gemeente het plan uiterlijk vrijdag 27 november 2026 heeft. Dan is het zeker op tijd.',
      ),
    ).toBeInTheDocument();
    expect(region).toHaveTextContent('Nog 1 dag.');
    expect(region).toHaveTextContent('Wmo 2015, art. 2.3.2 lid 2');
    expect(region).toHaveTextContent('Stuur je plan per post of per e-mail naar de gemeente.');
    expect(
      within(region).getByRole('link', { name: 'Het plan printen of opslaan als PDF' }),
    ).toHaveAttribute('href', `/dossiers/${d.id}/pdf`);
  });

  it('after the 7 days, before the gesprek, says calmly what she can still do', async () => {
    today('2026-12-01');
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'date:melding', '20-11-2026');
    await saveEntry(d.id, 'date:gesprek', '10-12-2026');
    const region = await nextStep(d.id);
    expect(
      await within(region).findByText(
        'De 7 dagen voor het plan liepen tot en met vrijdag 27 november 2026.',
      ),
    ).toBeInTheDocument();
    expect(region).toHaveTextContent('Dan kun je je plan nog indienen.');
    expect(region).toHaveTextContent('Het gesprek is op donderdag 10 december 2026. Nog 9 dagen.');
    expect(region.querySelector('.inset--warning, .deadline-status--verstreken')).toBeNull();
    expect(region).not.toHaveTextContent(/Verstreken/);
  });

  it('after the gesprek, says calmly that the plan no longer matters and gives the next date', async () => {
    today('2026-12-07');
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'date:melding', '20-11-2026');
    await saveEntry(d.id, 'date:gesprek', '3-12-2026');
    const region = await nextStep(d.id);
    expect(
      await within(region).findByText(/^Het gesprek was op donderdag 3 december 2026\. De termijn/),
    ).toBeInTheDocument();
    expect(region).toHaveTextContent('De termijn voor het plan doet er nu niet meer toe');
    expect(region).toHaveTextContent(
      'Onderzoek en verslag van de gemeente: uiterlijk maandag 4 januari 2027.',
    );
    expect(region).toHaveTextContent('Termijn voor de gemeente');
    expect(region).toHaveTextContent('Wmo 2015, art. 2.3.2 lid 1');
    // No red alarm: no warning box, no "verstreken" tag.
    expect(region.querySelector('.inset--warning, .deadline-status--verstreken')).toBeNull();
    expect(region).not.toHaveTextContent(/Verstreken/);
    expect(
      within(region).getByRole('link', { name: 'Verder met ‘Na het gesprek’' }),
    ).toHaveAttribute('href', `/dossiers/${d.id}/na`);
  });
});
