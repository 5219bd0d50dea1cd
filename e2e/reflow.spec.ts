import { expect, test, type Page } from './test';
import {
  createFilledDossier,
  everyRoute,
  horizontalOverflow,
  openPage,
  setPreferences,
  smallTargets,
  type Preferences,
} from './pages';

/*
 * Reflow (WCAG 1.4.10) and target size (2.5.5, 44×44 px) on every route, with one filled dossier.
 * 320 CSS px is what 1280 px looks like at 400% zoom; 320×256 is 1280×1024 at 400%, and the
 * 200% text setting comes on top of that.
 */

const configurations: {
  name: string;
  viewport: { width: number; height: number };
  prefs: Preferences;
}[] = [
  { name: '320 px wide', viewport: { width: 320, height: 640 }, prefs: {} },
  {
    name: '320×256 (1280×1024 at 400% zoom) with text 200%',
    viewport: { width: 320, height: 256 },
    prefs: { textSize: 200 },
  },
];

test.describe('reflow and target size on every route', () => {
  let shared: Page;
  let dossierId: string;

  test.beforeAll(async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL ?? '', locale: 'nl-NL' });
    shared = await context.newPage();
    dossierId = await createFilledDossier(shared);
  });

  test.afterAll(async () => {
    await shared.context().close();
  });

  for (const config of configurations) {
    test(config.name, async () => {
      const routes = everyRoute(dossierId);
      test.setTimeout(routes.length * 3_000);
      await shared.setViewportSize(config.viewport);
      await setPreferences(shared, config.prefs);
      const failures: string[] = [];
      for (const path of routes) {
        await openPage(shared, path);
        const overflow = await horizontalOverflow(shared);
        if (overflow > 0) failures.push(`${path}: scrolls ${overflow} px sideways`);
        const small = await smallTargets(shared);
        if (small.length > 0) failures.push(`${path}: targets under 44×44: ${small.join('; ')}`);
      }
      expect(failures, config.name).toEqual([]);
    });
  }
});
