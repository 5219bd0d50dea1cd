import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import nl from '../../../content/ui/nl.json' with { type: 'json' };
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import type { AanTafelDatabase } from '../../storage/db';
import { createDossier } from '../../storage/dossierRepository';
import { readEntries } from '../../storage/entryRepository';
import { autosaveDelayMs, resetAutosave, retryDelayMs } from '../../storage/autosave';

let db: AanTafelDatabase;
beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  db = await freshDatabase();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave on a worksheet page when the device is full', () => {
  it('shows the message, keeps the text on screen, and saves it when space returns', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/plan/voorstellen`);
    const field = await screen.findByRole('textbox', { name: 'Woonsituatie' });

    // Fake setTimeout, as in autosave.test.ts, so the test need not wait out the retry delay.
    // It still moves with real time: Testing Library waits for a real setTimeout(0) after events.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const put = vi.spyOn(db.entries, 'put').mockRejectedValueOnce(quota);
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await user.type(field, 'Flat met lift');
    await vi.advanceTimersByTimeAsync(autosaveDelayMs + 10);

    await vi.waitFor(() => expect(screen.getByText(nl.save.quota)).toBeInTheDocument());
    expect(screen.getByText(nl.save.quota)).toHaveAttribute('role', 'status');
    expect(put).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('textbox', { name: 'Woonsituatie' })).toHaveValue('Flat met lift');
    expect(await db.entries.get([d.id, 'ws:woonsituatie'])).toBeUndefined(); // not stored yet

    // Space returns: the next write succeeds, after the retry delay.
    await vi.advanceTimersByTimeAsync(retryDelayMs + 10);
    vi.useRealTimers();
    await vi.waitFor(() =>
      expect(screen.getByText(nl.save.saved)).toHaveAttribute('role', 'status'),
    );
    expect(put).toHaveBeenCalledTimes(2);
    expect((await readEntries(d.id)).worksheet.woonsituatie).toEqual({
      text: 'Flat met lift',
      private: false,
    });
    expect(screen.queryByText(nl.save.quota)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Woonsituatie' })).toHaveValue('Flat met lift');
  });
});
