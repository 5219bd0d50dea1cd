import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { resetAutosave } from '../../storage/autosave';
import { emptyDraft, newDossierDraft, setNewDossierDraft } from '../../storage/newDossierDraft';

const slow = { timeout: 5000 };

beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  await freshDatabase();
});

describe('"Wis alles" is honest about what it cannot reach', () => {
  it('says what the browser keeps, and how to clear it, before and after wiping', async () => {
    setNewDossierDraft({ forWhom: 'ander', personName: 'Rietje' });
    renderApp('/wis-alles');
    await screen.findByRole('heading', { level: 2, name: 'Wat de app niet kan wissen' }, slow);
    expect(screen.getByText(/Wis ook je browsergeschiedenis\./)).toBeVisible();
    expect(screen.getByText(/map Downloads/)).toBeVisible();
    expect(screen.getByText(/niet meteen van de schijf/)).toBeVisible();
    expect(
      screen.getByText(/^Op een gedeelde computer: gebruik een eigen browserprofiel\./),
    ).toBeVisible();

    await userEvent.click(screen.getByRole('checkbox', { name: /Ik begrijp/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Wis alles' }));
    await screen.findByRole('heading', { level: 1, name: 'Alles is gewist' }, slow);
    expect(screen.getByText(/^Wis ook je browsergeschiedenis\./)).toBeVisible();
    expect(newDossierDraft()).toBe(emptyDraft);
  });
});
