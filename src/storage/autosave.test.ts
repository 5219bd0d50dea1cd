import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier } from './dossierRepository';
import { readEntries } from './entryRepository';
import {
  autosaveDelayMs,
  flushSaves,
  queueSave,
  resetAutosave,
  retryDelayMs,
  saveStatus,
} from './autosave';
import { journal, pendingWrites } from './pendingWrites';

let db: AanTafelDatabase;
beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  db = new AanTafelDatabase(`test-${crypto.randomUUID()}`);
  setDatabaseForTests(db);
  await db.open();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('journals at once, writes after the pause, then clears the journal', async () => {
    const d = await createDossier({ subject: 'self' });
    queueSave(d.id, 'ws:naam', { text: 'Ans', private: false });
    expect(pendingWrites()).toHaveLength(1);
    expect(saveStatus()).toEqual({ state: 'saving' });
    await flushSaves();
    expect((await readEntries(d.id)).worksheet.naam).toEqual({ text: 'Ans', private: false });
    expect(pendingWrites()).toEqual([]);
    expect(saveStatus()).toEqual({ state: 'saved' });
  });

  it('debounces: only the last value of a quick series is written', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const d = await createDossier({ subject: 'self' });
    const put = vi.spyOn(db.entries, 'put');
    for (const text of ['A', 'An', 'Ans']) queueSave(d.id, 'ws:naam', { text, private: false });
    await vi.advanceTimersByTimeAsync(autosaveDelayMs + 10);
    vi.useRealTimers();
    await vi.waitFor(async () =>
      expect((await readEntries(d.id)).worksheet.naam?.text).toBe('Ans'),
    );
    expect(put).toHaveBeenCalledTimes(1);
  });

  it('replays the journal when the app opens again after a reload mid-typing', async () => {
    const d = await createDossier({ subject: 'self' });
    journal({
      dossierId: d.id,
      key: 'ws:woonsituatie',
      value: { text: 'Flat, 3 hoog', private: true },
      at: new Date().toISOString(),
    });
    journal({
      dossierId: 'weg',
      key: 'ws:naam',
      value: { text: 'x', private: false },
      at: new Date().toISOString(),
    });
    journal({
      dossierId: d.id,
      key: 'ws:naam',
      value: 'geen geldige waarde',
      at: new Date().toISOString(),
    });
    db.close();
    const reopened = new AanTafelDatabase(db.name);
    setDatabaseForTests(reopened);
    expect((await readEntries(d.id)).worksheet.woonsituatie).toEqual({
      text: 'Flat, 3 hoog',
      private: true,
    });
    expect((await readEntries(d.id)).worksheet.naam).toBeUndefined();
    expect(pendingWrites()).toEqual([]);
  });

  it('never lets the journal overwrite a newer stored answer', async () => {
    const d = await createDossier({ subject: 'self' });
    queueSave(d.id, 'ws:naam', { text: 'Nieuw', private: false });
    await flushSaves();
    journal({
      dossierId: d.id,
      key: 'ws:naam',
      value: { text: 'Oud', private: false },
      at: '2000-01-01T00:00:00.000Z',
    });
    db.close();
    setDatabaseForTests(new AanTafelDatabase(db.name));
    expect((await readEntries(d.id)).worksheet.naam?.text).toBe('Nieuw');
  });

  it('reports a full disk, keeps the change, and retries when space returns', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const d = await createDossier({ subject: 'self' });
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const put = vi.spyOn(db.entries, 'put').mockRejectedValueOnce(quota);
    queueSave(d.id, 'ws:naam', { text: 'Ans', private: false });
    await flushSaves();
    expect(saveStatus()).toEqual({ state: 'error', problem: 'quota' });
    expect(pendingWrites()).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(retryDelayMs + 10);
    vi.useRealTimers();
    await vi.waitFor(() => expect(saveStatus()).toEqual({ state: 'saved' }));
    expect(put).toHaveBeenCalledTimes(2);
    expect((await readEntries(d.id)).worksheet.naam?.text).toBe('Ans');
    expect(pendingWrites()).toEqual([]);
  });
});
