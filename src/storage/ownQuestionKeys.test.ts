import { beforeEach, describe, expect, it } from 'vitest';
import { legacyQuestionIds } from '../domain/ownQuestions';
import { AanTafelDatabase, setDatabaseForTests } from './db';
import { createDossier } from './dossierRepository';
import { readEntries, saveEntry } from './entryRepository';
import { resetAutosave } from './autosave';
import { rekeyOwnQuestions } from './ownQuestionKeys';
import { setVaultState } from './vault';

let db: AanTafelDatabase;
beforeEach(async () => {
  resetAutosave();
  localStorage.clear();
  setVaultState({ mode: 'off' });
  db = new AanTafelDatabase(`rekey-${crypto.randomUUID()}`);
  setDatabaseForTests(db);
  await db.open();
});

describe('own-question ticks under random ids', () => {
  it('gives plain questions ids and moves their old ticks', async () => {
    const d = await createDossier({ subject: 'self' });
    const text = 'Wat kost het?\nWie belt mij?';
    await saveEntry(d.id, 'ws:eigen-vragen', { text, private: false });
    const [, call] = legacyQuestionIds(text);
    await saveEntry(d.id, `tick:eigen:${call}`, true);
    await rekeyOwnQuestions();
    const entries = await readEntries(d.id);
    const ids = entries.chosen['eigen-vragen'];
    expect(ids).toHaveLength(2);
    expect(entries.ticks).toEqual({ [`eigen:${ids?.[1]}`]: true });
    expect(entries.worksheet['eigen-vragen']?.text).toBe(text);
  });
});
