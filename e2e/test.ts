import { expect, test as base } from '@playwright/test';

export { expect };
export type { Locator, Page } from '@playwright/test';

/**
 * Playwright's test, with one change: page.goto and page.reload return once the app runs.
 * The start page is prerendered HTML that paints before the scripts load (issue 8); a click
 * on a button there before React has started would do nothing, and the test would be flaky.
 * App.tsx sets <html data-started> when it has mounted.
 */
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled) {
      const started = () => page.locator('html[data-started]').waitFor({ state: 'attached' });
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await started();
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await started();
        return response;
      };
    }
    await provide(page);
  },
});
