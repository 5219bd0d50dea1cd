import { sharedFilledDossier } from './sharedDossier';
import { expect, test } from './test';
import {
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
  const dossier = sharedFilledDossier();

  for (const config of configurations) {
    test(config.name, async () => {
      const routes = everyRoute(dossier.id);
      test.setTimeout(routes.length * 3_000);
      await dossier.page.setViewportSize(config.viewport);
      await setPreferences(dossier.page, config.prefs);
      const failures: string[] = [];
      for (const path of routes) {
        await openPage(dossier.page, path);
        const overflow = await horizontalOverflow(dossier.page);
        if (overflow > 0) failures.push(`${path}: scrolls ${overflow} px sideways`);
        const small = await smallTargets(dossier.page);
        if (small.length > 0) failures.push(`${path}: targets under 44×44: ${small.join('; ')}`);
      }
      expect(failures, config.name).toEqual([]);
    });
  }
});
