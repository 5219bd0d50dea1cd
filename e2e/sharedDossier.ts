import type { Page } from '@playwright/test';
import { test } from './test';
import { createFilledDossier } from './pages';

/**
 * One filled dossier for a whole describe block, made once in its own browser context (filling it
 * takes a while), and closed after the block. Call it at the top of the describe.
 */
export function sharedFilledDossier(): { page: Page; id: string } {
  const shared = { id: '' } as { page: Page; id: string };
  test.beforeAll(async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL ?? '', locale: 'nl-NL' });
    shared.page = await context.newPage();
    shared.id = await createFilledDossier(shared.page);
  });
  test.afterAll(async () => {
    await shared.page.context().close();
  });
  return shared;
}
