import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { createDossier } from '../../storage/dossierRepository';
import { readEntries, saveEntry } from '../../storage/entryRepository';
import { flushSaves, resetAutosave } from '../../storage/autosave';

/** Issue 17, item 4 and the "Opslaan en verder" and step-counter parts of item 11. */
beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  await freshDatabase();
});

const worksheetRow = async (name: RegExp) =>
  (await screen.findByRole('link', { name })).closest('li') as HTMLElement;

async function fillWorksheet1ButGeslacht(dossierId: string) {
  const text = (v: string) => ({ text: v, private: false });
  await saveEntry(dossierId, 'ws:naam', text('Ans de Vries'));
  await saveEntry(dossierId, 'ws:adres', text('Dorpsstraat 1, 1234 AB Ergens'));
  await saveEntry(dossierId, 'ws:leeftijd', text('82'));
  await saveEntry(dossierId, 'ws:burgerlijke-staat', text('Weduwe'));
  await saveEntry(dossierId, 'ws:zorg-nu', text('Thuiszorg, twee keer per week.'));
  await saveEntry(dossierId, 'ws:mantelzorg-nu', text('Mijn dochter.'));
  await saveEntry(dossierId, 'ws:woonsituatie', text('Alleen, in een flat met lift.'));
}

describe('a worksheet she can finish', () => {
  it('says "Klaar" for worksheet 1 when only the optional Geslacht is empty', async () => {
    const d = await createDossier({ subject: 'self' });
    await fillWorksheet1ButGeslacht(d.id);
    renderApp(`/dossiers/${d.id}/plan`);
    const row = await worksheetRow(/Werkblad 1/);
    expect(within(row).getByText('Klaar')).toBeInTheDocument();
    expect(within(row).queryByText(/nog leeg/)).not.toBeInTheDocument();
  });

  it('lets her say she is done with empty items, and then says calmly how many are empty', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'ws:naam', { text: 'Ans de Vries', private: false });
    const view = renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const done = await screen.findByRole('checkbox', { name: 'Dit werkblad is klaar' });
    expect(done).not.toBeChecked();
    expect(done).toHaveAccessibleDescription(/^6 vakken zijn nog leeg\. Je hoeft niet alles/);
    await userEvent.click(done);
    expect(done).toBeChecked();
    await act(flushSaves);
    expect((await readEntries(d.id)).parts['werkblad-voorstellen']).toBe('klaar');

    await act(() => view.router.navigate(`/dossiers/${d.id}/plan`));
    const row = await worksheetRow(/Werkblad 1/);
    expect(within(row).getByText('Klaar')).toBeInTheDocument();
    expect(within(row).getByText('6 vakken zijn nog leeg.')).toBeInTheDocument();
  });

  it('stays "Bezig" when she unticks it, also with every item filled', async () => {
    const d = await createDossier({ subject: 'self' });
    await fillWorksheet1ButGeslacht(d.id);
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const done = await screen.findByRole('checkbox', { name: 'Dit werkblad is klaar' });
    expect(done).toBeChecked();
    await userEvent.click(done);
    expect(done).not.toBeChecked();
    await act(flushSaves);
    expect((await readEntries(d.id)).parts['werkblad-voorstellen']).toBe('bezig');
  });
});

describe('"Opslaan en verder" and the step counter', () => {
  const h1 = (name: string) => screen.findByRole('heading', { level: 1, name: new RegExp(name) });

  it('goes from one worksheet to the next, through the chosen topics, with one counter', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const user = userEvent.setup();
    expect(await screen.findByText(/Werkblad 1 van 6/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan en verder' }));

    expect(await h1('Waar loop ik tegenaan?')).toBeInTheDocument();
    expect(screen.getByText(/Werkblad 2 van 6/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Wonen' }));
    await user.click(screen.getByRole('checkbox', { name: 'Huishouden' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan en verder' }));

    expect(await screen.findByText(/Werkblad 2 van 6 · Onderwerp 1 van 2/)).toBeInTheDocument();
    expect(await h1('Wonen')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Dit werkblad is klaar' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Opslaan en verder' }));

    expect(await screen.findByText(/Werkblad 2 van 6 · Onderwerp 2 van 2/)).toBeInTheDocument();
    expect(await h1('Huishouden')).toBeInTheDocument();
    // The last topic is where she can say the worksheet is done.
    expect(screen.getByRole('checkbox', { name: 'Dit werkblad is klaar' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan en verder' }));

    expect(await screen.findByText(/Werkblad 3 van 6/)).toBeInTheDocument();
  });

  it('goes from a worksheet with nothing chosen to the next, and from the last to the check page', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/ondersteuning`);
    const user = userEvent.setup();
    expect(await screen.findByText(/Werkblad 4 van 6/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan en verder' }));
    expect(await screen.findByText(/Werkblad 5 van 6/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan en verder' }));
    expect(await screen.findByText(/Werkblad 6 van 6/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opslaan en verder' }));
    expect(await h1('Controleer je plan')).toBeInTheDocument();
  });
});
