import { sharedFilledDossier } from './sharedDossier';
import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './axe';
import { openPage, setPreferences } from './pages';

/*
 * Issue 17, item 7: on the pages she taps most, every control is at least 44 × 44 CSS px
 * (WCAG 2.5.5), and a status tag does not look like something to tap.
 *
 * Exempt, as WCAG 2.5.8 allows: a link inside running text. A link counts as "in running text"
 * when words of the text around it share its block: a text node or an inline element with words
 * stands beside it (or beside the inline elements it sits in) before the nearest block. A link
 * that stands alone in its block (a task, "Terug", a menu item) is not exempt, even inside a <li>.
 */

const phone = { width: 390, height: 844 };

/** Every visible target under `min` px in either direction, described for the failure message. */
const smallTargets = (page: Page, min = 44) =>
  page.evaluate((min) => {
    const isInline = (el: Element) => getComputedStyle(el).display === 'inline';
    const hasWords = (node: Node) => /[\p{L}\p{N}]/u.test(node.textContent ?? '');
    const inRunningText = (link: Element) => {
      for (let el: Element = link; el.parentElement; el = el.parentElement) {
        for (const sibling of el.parentElement.childNodes) {
          if (sibling === el || !hasWords(sibling)) continue;
          if (sibling.nodeType === Node.TEXT_NODE) return true;
          if (sibling instanceof Element && isInline(sibling)) return true;
        }
        if (!isInline(el.parentElement)) return false;
      }
      return false;
    };
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text}"`;
    };
    const big = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width >= min - 0.01 && box.height >= min - 0.01;
    };
    const small: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type=hidden]), select, textarea, summary',
    );
    for (const el of targets) {
      if (!el.checkVisibility({ visibilityProperty: true }) || el.closest('.visually-hidden'))
        continue;
      if (el.classList.contains('skip-link')) continue; // off screen until focused
      if (el instanceof HTMLAnchorElement && inRunningText(el)) continue;
      // A radio or checkbox may be small when its label, which also ticks it, is big enough.
      const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])] : [];
      if (big(el) || labels.some(big)) continue;
      const box = el.getBoundingClientRect();
      small.push(`${describe(el)}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
    }
    return small;
  }, min);

/** Status tags (klaar, bezig) that have an edge or a fill, as a button has. */
const buttonLikeTags = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.task-status, .tag')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const edge = ['Top', 'Right', 'Bottom', 'Left'].some(
          (side) =>
            style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
            parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
        );
        const fill = !/rgba\(0, 0, 0, 0\)|transparent/.test(style.backgroundColor);
        return edge || fill || style.cursor === 'pointer';
      })
      .map((el) => (el.textContent ?? '').trim()),
  );

test.describe('tap targets on the pages she uses most', () => {
  const dossier = sharedFilledDossier();

  for (const textSize of [100, 200] as const) {
    test(`at 390 px and ${textSize}% text, every control is at least 44 × 44`, async () => {
      await dossier.page.setViewportSize(phone);
      await setPreferences(dossier.page, { textSize });
      const d = `/dossiers/${dossier.id}`;
      const pages = [d, `${d}/plan`, `${d}/plan/voorstellen`, `${d}/vragen/vraag-1`];
      const failures: string[] = [];
      for (const path of pages) {
        await openPage(dossier.page, path);
        // Open the menu too, where there is one: its items are targets as well.
        const menu = dossier.page.getByRole('button', { name: 'Menu' });
        if (await menu.isVisible()) await menu.click();
        const small = await smallTargets(dossier.page);
        if (small.length > 0) failures.push(`${path}: ${small.join('; ')}`);
      }
      expect(failures).toEqual([]);
    });
  }

  test('a status tag does not look like a button, and the task list passes axe', async () => {
    await dossier.page.setViewportSize(phone);
    await setPreferences(dossier.page, {});
    const d = `/dossiers/${dossier.id}`;
    for (const path of [d, `${d}/plan`, '/over-het-gesprek/stappen']) {
      await openPage(dossier.page, path);
      expect(await buttonLikeTags(dossier.page), path).toEqual([]);
    }
    await openPage(dossier.page, `${d}/plan`);
    await expect(dossier.page.locator('.task-status').first()).toBeVisible();
    await expectNoAxeViolations(dossier.page);
  });
});
