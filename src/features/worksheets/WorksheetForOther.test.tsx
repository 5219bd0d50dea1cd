import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { createDossier } from '../../storage/dossierRepository';
import { resetAutosave } from '../../storage/autosave';

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  await freshDatabase();
});

// "je", "jij", "jouw" to the resident; in a dossier for Riet, the helper reads the page.
const toResident = /(?<!\p{L})(je|jij|jou|jouw|jezelf)(?!\p{L})/iu;

/** Every label a screen reader names: the fields, the groups and the private choices. */
function labels(form: HTMLElement): string[] {
  return [
    ...within(form).getAllByRole('textbox'),
    ...within(form).getAllByRole('group'),
    ...within(form).getAllByRole('checkbox'),
  ]
    .map((el) => el.getAttribute('id') ?? '')
    .map((id) => document.querySelector(`label[for="${id}"]`)?.textContent ?? '')
    .concat([...form.querySelectorAll('legend')].map((l) => l.textContent ?? ''));
}

describe('a worksheet in a dossier for someone else (issue 17, item 12)', () => {
  it('speaks to the helper about Riet by name: no "je" in its labels', async () => {
    const d = await createDossier({ subject: 'other', personName: 'Riet' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    expect(await screen.findByRole('heading', { level: 1, name: /Wie is Riet\?$/ })).toBeVisible();
    const form = screen.getByRole('heading', { level: 1 }).closest('form') as HTMLElement;
    const all = labels(form).filter(Boolean);
    expect(all.length).toBeGreaterThan(15);
    for (const label of all) expect(label).not.toMatch(toResident);
    expect(screen.getAllByRole('checkbox', { name: /Alleen voor Riet zelf/ })).toHaveLength(8);
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveAccessibleDescription(
      /Schrijf de voornaam en de achternaam van Riet op\./,
    );
    expect(screen.getByRole('group', { name: 'Leeftijd' })).toHaveAccessibleDescription(
      'Hoe oud is Riet?',
    );
    // The intro and every help speak about Riet, never to her as "je".
    const helps = [...form.querySelectorAll('.field__hint, .prose > form > p')].map(
      (h) => h.textContent ?? '',
    );
    expect(helps.join(' ')).toContain('Riet');
    expect(screen.getByText(/vertelt de gemeente wie Riet is/)).toBeVisible();
    expect(form.textContent).not.toMatch(/(?<!\p{L})(jij|jouw|jezelf)(?!\p{L})/iu);
  });

  it('lists the topics of a choose-then-detail worksheet by name, and keeps a name as plain words', async () => {
    const d = await createDossier({ subject: 'other', personName: 'Riet *[[pgb]]*' });
    renderApp(`/dossiers/${d.id}/plan/ondersteuning`);
    const legend = await screen.findByRole('group', { name: /Kies wat voor Riet/ });
    expect(within(legend).getByRole('checkbox', { name: /Begeleiding voor Riet/ })).toBeVisible();
    expect(within(legend).queryByRole('checkbox', { name: toResident })).toBeNull();
    // The name's "[[pgb]]" and "*" are not markup: no term button, no emphasis.
    expect(screen.queryByRole('button', { name: 'pgb' })).toBeNull();
    expect(document.querySelector('em')).toBeNull();
  });

  it('gives the plan tips and the check page lead about Riet, never to her', async () => {
    const d = await createDossier({ subject: 'other', personName: 'Riet' });
    const view = renderApp(`/dossiers/${d.id}/plan`);
    const tips = (await screen.findByText('Tips voor het persoonlijk plan van Riet')).closest(
      'details',
    ) as HTMLElement;
    expect(tips.textContent).toContain('Stuur het plan van Riet per post');
    expect(tips.textContent).not.toMatch(toResident);
    view.unmount();
    renderApp(`/dossiers/${d.id}/plan/controleren`);
    expect(
      await screen.findByText(/Hier staat alles wat je over Riet hebt ingevuld\./),
    ).toBeVisible();
  });
});
