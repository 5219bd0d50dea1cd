import { sharedFilledDossier } from './sharedDossier';
import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './axe';
import { everyRoute, horizontalOverflow, openPage, setPreferences } from './pages';

/*
 * The yardstick: a resident of 78 on a cheap phone (390 × 844) with the largest text (200%).
 * The page's own <h1> must start in the top half of the first screen, on every route, and no
 * page may scroll sideways. Issue 17, item 1.
 */

const phone = { width: 390, height: 844 };
const topHalf = phone.height / 2;

/** Where the <h1> starts, in CSS px from the top of the page, with the page scrolled to the top. */
const headingTop = (page: Page) =>
  page.evaluate(() => {
    window.scrollTo(0, 0);
    const h1 = document.querySelector('main h1');
    return h1 ? h1.getBoundingClientRect().top + window.scrollY : Number.POSITIVE_INFINITY;
  });

/**
 * Words split over two lines without a hyphen ("Verwijder/en") that had room to stay whole.
 * A word is what the browser may not break: a run without spaces, "-", "/" or soft hyphens
 * ("keukentafelgesprek?", "ECLI:NL:CRVB:2020:2007"). A word wider than its whole line
 * ("bezwaarschriftencommissie" at 200% on a phone) has to be split: a phone hyphenates it (hyphens: auto, with <html lang>), but this test's Chromium has
 * no hyphenation dictionary, so it breaks anywhere as the last resort; such words are left out.
 * "Its whole line" is the content width of the nearest block that is not a flex or grid item
 * (the column), less what must share the line with the word in a box that does not wrap (an
 * icon and its gap in a button). The padding of a button or a label does not count: that is
 * ours to make smaller on a narrow screen, as "Verwijderen" at 200% showed.
 */
const brokenWords = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = [];
    const range = document.createRange();
    const px = (style: CSSStyleDeclaration, ...props: string[]) =>
      props.reduce((sum, p) => sum + (parseFloat(style.getPropertyValue(p)) || 0), 0);
    const isItem = (el: Element) =>
      !!el.parentElement && /flex|grid/.test(getComputedStyle(el.parentElement).display);
    /** The width a word needs to stay on one line, and the width its line offers. */
    const room = (text: Node, word: string) => {
      const parent = text.parentElement as HTMLElement;
      const probe = document.createElement('span');
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = word;
      parent.append(probe);
      let needed = probe.getBoundingClientRect().width;
      probe.remove();
      let el: HTMLElement = parent;
      for (;;) {
        const style = getComputedStyle(el);
        const box = !style.display.startsWith('inline') && !isItem(el);
        if (box || !el.parentElement) {
          const edges = [
            'padding-left',
            'padding-right',
            'border-left-width',
            'border-right-width',
          ];
          return { needed, line: el.getBoundingClientRect().width - px(style, ...edges) };
        }
        const up = el.parentElement;
        const upStyle = getComputedStyle(up);
        const row = !upStyle.flexDirection.startsWith('column') && upStyle.flexWrap === 'nowrap';
        if (/flex/.test(upStyle.display) && row) {
          const others = [...up.children].filter((c) => c !== el);
          needed += others.reduce((sum, c) => sum + c.getBoundingClientRect().width, 0);
          needed += others.length * (parseFloat(upStyle.columnGap) || 0);
        }
        el = up;
      }
    };
    for (const root of [document.querySelector('header'), document.querySelector('main')]) {
      if (!root) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement;
        if (!parent || !parent.checkVisibility() || parent.closest('.visually-hidden')) continue;
        if (/https?:\/\/|www\.|\.nl\b/.test(text)) continue; // web addresses may break anywhere
        for (const word of text.matchAll(/[^\s\-\u00ad/]+/gu)) {
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (lines.size < 2) continue;
          const { needed, line } = room(node, word[0]);
          // 1 px for rounding: a word that needs all of its line may still just not fit.
          if (needed < line - 1)
            broken.push(`${word[0]} (needs ${Math.round(needed)} of ${Math.round(line)} px)`);
        }
      }
    }
    return broken;
  });

test.describe('the first screen on a phone at 200% text', () => {
  const dossier = sharedFilledDossier();

  test(`every route's <h1> starts above ${topHalf} px, no page scrolls sideways, no word that fits is broken`, async () => {
    const routes = everyRoute(dossier.id);
    test.setTimeout(routes.length * 3_000);
    await dossier.page.setViewportSize(phone);
    await setPreferences(dossier.page, { textSize: 200 });
    const failures: string[] = [];
    const tops: string[] = [];
    for (const path of routes) {
      await openPage(dossier.page, path);
      const top = await headingTop(dossier.page);
      tops.push(`${Math.round(top)} ${path}`);
      if (!(top < topHalf)) failures.push(`${path}: <h1> starts at ${Math.round(top)} px`);
      const overflow = await horizontalOverflow(dossier.page);
      if (overflow > 0) failures.push(`${path}: scrolls ${overflow} px sideways`);
      const broken = await brokenWords(dossier.page);
      if (broken.length > 0) failures.push(`${path}: words broken inside: ${broken.join(', ')}`);
    }
    console.log(`<h1> top at 390 × 844, 200% text:\n${tops.join('\n')}`);
    expect(failures).toEqual([]);
  });
});

test.describe('the menu', () => {
  test('on a phone it folds behind one button that opens, closes with Escape and returns focus', async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    await page.goto('/');
    await setPreferences(page, { textSize: 200 });
    await openPage(page, '/over-het-gesprek');
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await expect(page.getByRole('button', { name: 'Switch to English' })).toBeHidden();
    const before = await headingTop(page);
    expect(before).toBeLessThan(topHalf);
    await expectNoAxeViolations(page);

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    const controls = await menu.getAttribute('aria-controls');
    await expect(page.locator(`[id="${controls}"]`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Switch to English' })).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
    await expectNoAxeViolations(page);

    // Tab goes from the button into the menu; Escape closes it and puts focus back.
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Dossiers' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(nav).toBeHidden();
    expect(await headingTop(page)).toBe(before);

    // A link in the menu goes there and closes the menu.
    await menu.click();
    await nav.getByRole('link', { name: 'Instellingen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
  });

  test('a wide screen at 100% keeps the menu open, without a menu button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPage(page, '/');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Switch to English' })).toBeVisible();
  });

  test('a wide screen at 200% folds the menu too', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await setPreferences(page, { textSize: 200 });
    await openPage(page, '/');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  });
});

test('headings stay larger than body text at every text size, on a phone and on a laptop', async ({
  page,
}) => {
  await page.goto('/');
  const failures: string[] = [];
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    for (const textSize of [100, 125, 150, 175, 200] as const) {
      await setPreferences(page, { textSize });
      await openPage(page, '/over-het-gesprek/stappen');
      // The plain rules for h1–h3 and body text, as any page gets them.
      const sizes = await page.evaluate(() => {
        const sample = document.createElement('div');
        sample.innerHTML = '<h1>a</h1><h2>b</h2><h3>c</h3><p>d</p>';
        document.querySelector('main')?.append(sample);
        const px = (tag: string) =>
          parseFloat(getComputedStyle(sample.querySelector(tag) ?? sample).fontSize);
        const result = { h1: px('h1'), h2: px('h2'), h3: px('h3'), body: px('p') };
        sample.remove();
        return result;
      });
      const { h1, h2, h3, body } = sizes;
      // Each level at least 8% larger than the next, so the order shows by size alone.
      if (!(h3 >= body * 1.08 && h2 >= h3 * 1.08 && h1 >= h2 * 1.08))
        failures.push(`${width} px, ${textSize}%: ${JSON.stringify(sizes)}`);
    }
  }
  expect(failures).toEqual([]);
});
