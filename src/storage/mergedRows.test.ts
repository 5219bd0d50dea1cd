import { beforeEach, describe, expect, it } from 'vitest';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier } from './dossierRepository';
import { readEntries, saveEntry } from './entryRepository';
import { flushSaves, queueSave, resetAutosave } from './autosave';
import { mergeChange } from './merge';
import { setVaultState } from './vault';

/**
 * Issue 16, item 6: two tabs change a row that holds a whole object within the save delay.
 * Tab A queues its change; tab B's change is stored directly, before A's is written.
 */
beforeEach(() => {
  resetAutosave();
  localStorage.clear();
  setDatabaseForTests(new AanTafelDatabase(`merge-${crypto.randomUUID()}`));
  setVaultState({ mode: 'off' });
});

describe('object rows changed in two tabs at once', () => {
  it('keeps both fields of letter:afzender', async () => {
    const d = await createDossier({ subject: 'self' });
    const before = { name: 'Ans' };
    const next = { name: 'Ans de Vries' };
    queueSave(d.id, 'letter:afzender', next, mergeChange(before, next)); // tab A
    await saveEntry(d.id, 'letter:afzender', { name: 'Ans', address: 'Dorpsstraat 1' }); // tab B
    await flushSaves();
    expect((await readEntries(d.id)).letters.afzender).toEqual({
      name: 'Ans de Vries',
      address: 'Dorpsstraat 1',
    });
  });

  it('keeps the notes written in both tabs of the gespreksmodus', async () => {
    const d = await createDossier({ subject: 'self' });
    const a = { at: '2026-12-01T10:00:00.000Z', text: 'Vraag naar de wachttijd' };
    const b = { at: '2026-12-01T10:00:01.000Z', text: 'Ze komt terug op vervoer' };
    queueSave(d.id, 'note:gesprek', [a], mergeChange([], [a]));
    await saveEntry(d.id, 'note:gesprek', [b]);
    await flushSaves();
    expect((await readEntries(d.id)).notes.gesprek).toEqual([b, a]);
  });

  it('keeps every field of several quick changes in one tab', async () => {
    const d = await createDossier({ subject: 'self' });
    queueSave(d.id, 'letter:afzender', { name: 'A' }, mergeChange({}, { name: 'A' }));
    queueSave(
      d.id,
      'letter:afzender',
      { name: 'A', place: 'Zwolle' },
      mergeChange({ name: 'A' }, { name: 'A', place: 'Zwolle' }),
    );
    await saveEntry(d.id, 'letter:afzender', { email: 'a@b.nl' });
    await flushSaves();
    expect((await readEntries(d.id)).letters.afzender).toEqual({
      email: 'a@b.nl',
      name: 'A',
      place: 'Zwolle',
    });
  });
});
