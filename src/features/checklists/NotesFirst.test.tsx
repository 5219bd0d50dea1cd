import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { createDossier } from '../../storage/dossierRepository';
import { saveEntry } from '../../storage/entryRepository';
import { flushSaves, resetAutosave } from '../../storage/autosave';
import { setVaultState } from '../../storage/vault';

const notes = [
  { at: '2026-11-20T09:05:00.000Z', text: 'Mevrouw Jansen voert het gesprek.' },
  { at: '2026-11-20T09:35:00.000Z', text: 'Hulp bij het huishouden: 3 uur per week.' },
];

/** True when a comes before b in the page. */
/** The first find waits for the lazy page; the machine may be busy. */
const load = { timeout: 5000 };

const before = (a: Element, b: Element) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  setVaultState({ mode: 'loading' });
  await freshDatabase();
});

describe('the gespreksmodus (issue 17, items 6 and 14)', () => {
  it('puts the note box first, above her own questions and every tick', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/gesprek`);
    const box = await screen.findByRole('textbox', { name: 'Nieuwe notitie' }, load);
    const ticks = screen.getAllByRole('checkbox');
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) expect(before(box, tick)).toBe(true);
    expect(before(box, screen.getByRole('heading', { name: 'Je eigen vragen' }))).toBe(true);
  });

  it('leads with the few that matter most, folds the rest under "Meer tips", and keeps old ticks', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'tick:during:duur-vragen', true);
    await saveEntry(d.id, 'tick:during:verslag-vragen', true);
    renderApp(`/dossiers/${d.id}/gesprek`);
    const lead = await screen.findByRole('group', { name: 'Het belangrijkste' }, load);
    const leadTicks = within(lead).getAllByRole('checkbox');
    expect(leadTicks.length).toBeGreaterThanOrEqual(5);
    expect(leadTicks.length).toBeLessThanOrEqual(8);
    expect(
      within(lead).getByRole('checkbox', { name: /Vraag aan het begin al of je na afloop/ }),
    ).toBeChecked();
    expect(within(lead).getByText('1 van 6 afgevinkt')).toBeInTheDocument();

    const more = screen.getByText(/^Meer tips \(\d+\)$/).closest('details');
    expect(more).not.toBeNull();
    expect(more).not.toHaveAttribute('open');
    const old = screen.getByRole('checkbox', { name: 'Vraag hoe lang het gesprek duurt.' });
    expect(more).toContainElement(old);
    expect(old).toBeChecked();
  });
});

describe('her notes after the gesprek (issue 17, item 6)', () => {
  it('a note saved in the gespreksmodus shows on "Na het gesprek" and in the verslag check', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/gesprek`);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Nieuwe notitie' }, load), {
      target: { value: 'Het verslag komt per post.' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Bewaar notitie' }));
    await flushSaves();
    cleanup();

    renderApp(`/dossiers/${d.id}/na`);
    const onAfter = await screen.findByRole(
      'region',
      { name: 'Je notities van het gesprek' },
      load,
    );
    expect(onAfter).toHaveTextContent('Het verslag komt per post.');
    expect(before(onAfter, screen.getByRole('link', { name: 'Controleer het verslag' }))).toBe(
      true,
    );
    cleanup();

    renderApp(`/dossiers/${d.id}/verslag`);
    const onVerslag = await screen.findByRole(
      'region',
      { name: 'Je notities van het gesprek' },
      load,
    );
    expect(onVerslag).toHaveTextContent('Het verslag komt per post.');
    expect(onVerslag).toHaveTextContent('Kijk of het ook in het verslag staat.');
  });

  // Times are shown as the reader's clock says; the suite runs in Europe/Amsterdam.
  it('shows every note with its day and time, in order, and a draft that was never saved', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'note:gesprek', notes);
    await saveEntry(d.id, 'ws:notitie-concept', { text: 'Nog navragen: vervoer', private: true });
    renderApp(`/dossiers/${d.id}/na`);
    const region = await screen.findByRole('region', { name: 'Je notities van het gesprek' }, load);
    const items = within(region).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'vrijdag 20 november 2026 om 10:05Mevrouw Jansen voert het gesprek.',
      'vrijdag 20 november 2026 om 10:35Hulp bij het huishouden: 3 uur per week.',
      'Nog niet bewaard als notitieNog navragen: vervoer',
    ]);
  });

  it('shows nothing about notes when there are none', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/na`);
    await screen.findByRole('group', { name: 'Het belangrijkste' }, load);
    expect(screen.queryByRole('region', { name: 'Je notities van het gesprek' })).toBeNull();
  });
});
