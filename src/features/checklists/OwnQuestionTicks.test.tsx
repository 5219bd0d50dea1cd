import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import type { AanTafelDatabase } from '../../storage/db';
import { createDossier } from '../../storage/dossierRepository';
import { saveEntry } from '../../storage/entryRepository';
import { flushSaves, resetAutosave } from '../../storage/autosave';
import { setVaultState } from '../../storage/vault';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** FNV-1a of the lowercased line, in base 36: how keys were made before issue 16. */
function wordHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text.toLowerCase()) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

let db: AanTafelDatabase;
beforeEach(async () => {
  localStorage.clear();
  resetAutosave();
  setVaultState({ mode: 'loading' });
  db = await freshDatabase();
});

describe('ticks on own questions (issue 16, item 3)', () => {
  it('are stored under a random id, never under a key made from the words', async () => {
    const d = await createDossier({ subject: 'self' });
    renderApp(`/dossiers/${d.id}/tijdens`);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Jouw vragen voor het gesprek' }), {
      target: { value: 'Wat kost het?\nWie belt mij?' },
    });
    await flushSaves();
    cleanup();
    renderApp(`/dossiers/${d.id}/gesprek`);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Wie belt mij?' }));
    await flushSaves();
    const keys = (await db.entries.toArray()).map((r) => r.key);
    const ticks = keys.filter((k) => k.startsWith('tick:eigen:'));
    expect(ticks).toHaveLength(1);
    expect(ticks[0]?.slice('tick:eigen:'.length)).toMatch(uuid);
    for (const line of ['Wat kost het?', 'Wie belt mij?']) {
      expect(keys.join('\n')).not.toContain(wordHash(line));
    }
  });

  it('stay with their question when a question is added above it', async () => {
    const d = await createDossier({ subject: 'self' });
    // As an older version left it: a text without ids.
    await saveEntry(d.id, 'ws:eigen-vragen', { text: 'Wie belt mij?', private: false });
    renderApp(`/dossiers/${d.id}/gesprek`);
    const tick = await screen.findByRole('checkbox', { name: 'Wie belt mij?' }, { timeout: 4000 });
    await userEvent.click(tick);
    await flushSaves();
    cleanup();
    renderApp(`/dossiers/${d.id}/tijdens`);
    await userEvent.click(
      await screen.findByRole('textbox', { name: 'Jouw vragen voor het gesprek' }),
    );
    await userEvent.keyboard('{Control>}{Home}{/Control}Wat kost het?{Enter}');
    await flushSaves();
    cleanup();
    renderApp(`/dossiers/${d.id}/gesprek`);
    expect(await screen.findByRole('checkbox', { name: 'Wie belt mij?' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Wat kost het?' })).not.toBeChecked();
  });
});
