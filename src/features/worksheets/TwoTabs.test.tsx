import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import nl from '../../../content/ui/nl.json' with { type: 'json' };
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { createDossier } from '../../storage/dossierRepository';
import { saveEntry } from '../../storage/entryRepository';
import { flushSaves, resetAutosave } from '../../storage/autosave';
import { makeBackup } from '../../storage/backup';
import { collectBackup, restoreFromText } from '../../storage/backupRepository';

/** Issue 16, item 6: another tab (here: a direct write) stores a newer text for the same answer. */
beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  await freshDatabase();
});

const later = () => new Date(Date.now() + 60_000);
const field = () => screen.getByRole('textbox', { name: 'Woonsituatie' });

describe('a worksheet open in two tabs', () => {
  it("shows the other tab's newer text once this tab's own change is stored", async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Woonsituatie' }), 'Eigen huis');
    await act(flushSaves);
    await waitFor(() => expect(screen.getByText(nl.save.saved)).toBeInTheDocument());

    await act(() =>
      saveEntry(d.id, 'ws:woonsituatie', { text: 'Flat met lift', private: false }, later()),
    );
    await waitFor(() => expect(field()).toHaveValue('Flat met lift'));
    expect(screen.queryByText(nl.plan.changedElsewhere)).not.toBeInTheDocument();

    // The next keystroke builds on the newer text, it does not bring the old one back.
    await user.type(field(), '!');
    expect(field()).toHaveValue('Flat met lift!');
  });

  it('keeps its own unsaved text when both changed, says so, and can take the other', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Woonsituatie' }), 'Eigen huis');

    // Stored by the other tab before this tab's change is written.
    await act(() =>
      saveEntry(d.id, 'ws:woonsituatie', { text: 'Flat met lift', private: false }, later()),
    );
    await screen.findByText(nl.plan.changedElsewhere);
    expect(field()).toHaveValue('Eigen huis');

    await user.click(screen.getByRole('button', { name: nl.plan.takeOther }));
    expect(field()).toHaveValue('Flat met lift');
    expect(screen.queryByText(nl.plan.changedElsewhere)).not.toBeInTheDocument();
  });

  it('takes a late report of its own earlier save for what it is: no warning, no text lost', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Woonsituatie' }), 'Eigen huis');

    // Typing fast, an earlier save of this tab ("Eigen") is reported after she typed on.
    await act(() => saveEntry(d.id, 'ws:woonsituatie', { text: 'Eigen', private: false }));
    await act(flushSaves);
    expect(screen.queryByText(nl.plan.changedElsewhere)).not.toBeInTheDocument();
    expect(field()).toHaveValue('Eigen huis');
  });

  it('shows the restored text after "Vervangen" in another tab', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'ws:woonsituatie', { text: 'Uit de reservekopie', private: false });
    const backup = makeBackup(await collectBackup([d.id]), 'test', new Date());
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const user = userEvent.setup();
    const input = await screen.findByRole('textbox', { name: 'Woonsituatie' });
    await user.clear(input);
    await user.type(input, 'Later getypt');
    await act(flushSaves);

    const result = await act(() => restoreFromText(backup, { [d.id]: 'replace' }, (x) => x.name));
    expect(result.ok).toBe(true);
    await waitFor(() => expect(field()).toHaveValue('Uit de reservekopie'));
  });
});
