import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { createDossier } from '../../storage/dossierRepository';
import { readEntries } from '../../storage/entryRepository';
import { flushSaves, resetAutosave } from '../../storage/autosave';

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  await freshDatabase();
});

describe('a worksheet page', () => {
  it('renders every item from the content, with help, a counter and the private choice', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const name = await screen.findByRole('textbox', { name: 'Naam' });
    expect(name).toHaveAttribute('autocomplete', 'name');
    expect(name).toHaveAccessibleDescription(
      /Schrijf je voornaam en je achternaam op\..*Je kunt nog 100 tekens typen\./,
    );
    expect(screen.getByRole('textbox', { name: 'Adres' })).toHaveAttribute(
      'autocomplete',
      'street-address',
    );
    expect(screen.getByRole('group', { name: 'Leeftijd' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox', { name: /Alleen voor mezelf/ })).toHaveLength(8);
  });

  it('saves what you type and the private choice by itself', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Woonsituatie' }),
      'Flat met lift',
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: /Alleen voor mezelf.*\(Woonsituatie\)/ }),
    );
    await flushSaves();
    expect((await readEntries(d.id)).worksheet.woonsituatie).toEqual({
      text: 'Flat met lift',
      private: true,
    });
    expect(await screen.findByText('Opgeslagen op dit apparaat.')).toBeInTheDocument();
  });

  it('says what is wrong with an age or date of birth, in the error summary and at the field', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Leeftijd in jaren' }), '200');
    await userEvent.type(screen.getByRole('textbox', { name: /geboortedatum/ }), '31-2-1944');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan en verder' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Vul bij ‘Leeftijd’ een leeftijd in tussen 0 en 130.');
    expect(alert).toHaveTextContent('Vul een bestaande geboortedatum in, zoals 3-5-1944.');
    expect(screen.getByRole('textbox', { name: 'Leeftijd in jaren' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('shows the age that follows from a valid date of birth', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    await userEvent.type(await screen.findByRole('textbox', { name: /geboortedatum/ }), '3-5-1944');
    expect(await screen.findByText(/^Dat is \d+ jaar\.$/)).toBeInTheDocument();
  });
});
