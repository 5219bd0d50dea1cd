import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import nl from '../../../content/ui/nl.json' with { type: 'json' };
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { AanTafelDatabase, setDatabaseForTests } from '../../storage/db';
import { createDossier } from '../../storage/dossierRepository';
import { readEntries, saveEntry } from '../../storage/entryRepository';
import { autosaveDelayMs, resetAutosave, retryDelayMs } from '../../storage/autosave';
import { setVaultState } from '../../storage/vault';

let db: AanTafelDatabase;
beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  setVaultState({ mode: 'loading' });
  db = await freshDatabase();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A new start of the app: nothing in memory, a new connection, the journal as it was left. */
async function reload(): Promise<void> {
  cleanup();
  resetAutosave();
  setVaultState({ mode: 'loading' });
  db.close();
  db = new AanTafelDatabase(db.name);
  setDatabaseForTests(db);
  await db.open();
}

describe('a paste of more than 100,000 characters (issue 16, item 8)', () => {
  it('says it is too long and how long it may be, never retries, and keeps the text after a reload', async () => {
    const d = await createDossier({ subject: 'self' });
    await saveEntry(d.id, 'ws:woonsituatie', { text: 'Flat met lift', private: false });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const field = await screen.findByRole('textbox', { name: 'Woonsituatie' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const put = vi.spyOn(db.entries, 'put');
    const pasted = `Begin ${'x'.repeat(100_001 - 12)} einde`;
    expect(pasted).toHaveLength(100_001);
    fireEvent.change(field, { target: { value: pasted } });

    const message = nl.save.tooLong.replace('{{limit}}', '100.000');
    await vi.waitFor(() => expect(screen.getByText(message)).toHaveAttribute('role', 'status'));
    expect(screen.queryByText(nl.save.unknown)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Woonsituatie' })).toHaveValue(pasted);
    // It can never fit, so it is not tried again and again.
    await vi.advanceTimersByTimeAsync(autosaveDelayMs + 3 * retryDelayMs);
    expect(put).not.toHaveBeenCalled();
    vi.useRealTimers();
    // What was saved before stays saved.
    expect((await readEntries(d.id)).worksheet.woonsituatie?.text).toBe('Flat met lift');

    await reload();
    expect((await readEntries(d.id)).worksheet.woonsituatie?.text).toBe('Flat met lift');
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const kept = await screen.findByRole('region', { name: nl.save.setAsideTitle });
    expect(within(kept).getByRole('textbox')).toHaveValue(pasted);
    expect(within(kept).getByRole('textbox')).toHaveAttribute('readonly');
    expect(kept).toHaveTextContent('100.001');
    expect(kept).toHaveTextContent('100.000');
  });

  it('shows a set-aside text only in its own dossier', async () => {
    const d = await createDossier({ subject: 'self' });
    const other = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const field = await screen.findByRole('textbox', { name: 'Woonsituatie' });
    fireEvent.change(field, { target: { value: 'y'.repeat(100_001) } });
    await screen.findByRole('region', { name: nl.save.setAsideTitle });

    cleanup();
    renderApp(`/dossiers/${other.id}/plan/voorstellen`);
    await screen.findByRole('textbox', { name: 'Woonsituatie' });
    expect(screen.queryByRole('region', { name: nl.save.setAsideTitle })).not.toBeInTheDocument();
  });
});
