import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { freshDatabase, renderApp } from '../../../tests/renderApp';
import { resetAutosave } from '../../storage/autosave';
import { wipedElsewhereMark } from '../../storage/vault';

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  resetAutosave();
  await freshDatabase();
});

describe('a tab loaded anew after "Wis alles" in another tab (issue 16, item 4)', () => {
  it('says why, once', async () => {
    sessionStorage.setItem(wipedElsewhereMark, '1');
    renderApp('/wis-alles');
    await screen.findByRole('heading', { level: 1, name: 'Alles is gewist' }, { timeout: 5000 });
    expect(
      screen.getByText(/^Alles op dit apparaat is gewist in een ander tabblad\./),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Opnieuw beginnen' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(sessionStorage.getItem(wipedElsewhereMark)).toBeNull());
  });
});
