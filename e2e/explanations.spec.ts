import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier } from './pages';

// Issue 17, items 2 and 3: her phone, at the text size she gets when she changes nothing.
const phone = { width: 390, height: 844 };
test.use({ viewport: phone, hasTouch: true });

async function setTextSize(page: Page, textSize: number) {
  await page.evaluate(
    (size) =>
      localStorage.setItem(
        'aantafel-preferences',
        JSON.stringify({ state: { language: 'nl', textSize: size }, version: 1 }),
      ),
    textSize,
  );
}

/** A fold (<details>) by the words of its summary, and that summary. */
function fold(page: Page, summary: string | RegExp) {
  const details = page.locator('main details').filter({
    has: page.locator('summary', { hasText: summary }),
  });
  return { details, summary: details.locator('summary') };
}

/** Where the top of an element is, measured from the top of the page (not of the screen). */
function pageTop(page: Page, name: string): Promise<number> {
  return page
    .locator('main')
    .getByRole('link', { name, exact: true })
    .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
}

test('every uitleg page shows the short answer first and "Verder" within two screens', async ({
  page,
}) => {
  const id = await createDossier(page);
  await setTextSize(page, 100);
  for (let n = 1; n <= 5; n++) {
    await page.goto(`/dossiers/${id}/vragen/vraag-${n}/uitleg`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Uitleg bij vraag ${n}`);
    const top = await pageTop(page, 'Verder');
    expect(top, `vraag ${n}: "Verder" starts ${Math.round(top)} px down`).toBeLessThan(
      2 * phone.height,
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Het korte antwoord' })).toBeVisible();
    // One mark for the whole question, not one per block.
    await expect(page.getByRole('button', { name: /Lees dit later nog eens/ })).toHaveCount(1);
    await expect(page.getByRole('button', { name: /Markeer/ })).toHaveCount(0);
    // The rest waits behind "Lees meer" and "Bronnen" until she asks for it.
    const more = fold(page, 'Lees meer');
    await expect(more.summary).toBeVisible();
    await expect(more.details.getByRole('heading').first()).toBeHidden();
    await more.summary.click();
    await expect(more.details.getByRole('heading').first()).toBeVisible();
    const sources = fold(page, 'Bronnen');
    await sources.summary.click();
    await expect(sources.details.getByRole('listitem').first()).toContainText(
      /Huis voor de Zorg|Wmo 2015/,
    );
  }
});

test('vraag 1 keeps its three films behind "Filmpjes"', async ({ page }) => {
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/vragen/vraag-1/uitleg`);
  const films = fold(page, /^Filmpjes/);
  await expect(films.summary).toBeVisible();
  const links = films.details.getByRole('link', { name: /Filmpje|Presentatie/ });
  await expect(links.first()).toBeHidden();
  await films.summary.click();
  await expect(links).toHaveCount(3);
  for (const link of await links.all()) await expect(link).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a term opens in place, and Escape or "Sluit uitleg" gives focus back to it', async ({
  page,
}) => {
  const id = await createDossier(page);
  const uitleg = `/dossiers/${id}/vragen/vraag-1/uitleg`;
  await page.goto(uitleg);
  const term = page.getByRole('button', { name: /^melding/ }).first();
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await term.click();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  const panelId = await term.getAttribute('aria-controls');
  expect(panelId).toBeTruthy();
  const panel = page.locator(`[id="${panelId}"]`);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Melding');
  // The explanation stays on her page: she has not gone anywhere.
  await expect(page).toHaveURL(uitleg);
  await expectNoAxeViolations(page);

  // Escape, from inside the explanation, closes it and puts her back on the word.
  await panel.getByRole('link', { name: 'Alle begrippen' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(term).toBeFocused();
  await expect(term).toHaveAttribute('aria-expanded', 'false');

  // The keyboard opens it too; the close control also returns focus to the word.
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Sluit uitleg' }).click();
  await expect(panel).toBeHidden();
  await expect(term).toBeFocused();

  // "Alle begrippen" leads to the full list; its back link brings her back to her question.
  await term.click();
  await panel.getByRole('link', { name: 'Alle begrippen' }).click();
  await expect(page).toHaveURL(/\/over-het-gesprek\/begrippen#melding$/);
  await expect(page.getByRole('term').filter({ hasText: /^Melding/ })).toBeFocused();
  // Not "Terug naar Over het gesprek": back to where she was.
  await page
    .locator('main')
    .getByRole('link', { name: /^\W*Terug$/ })
    .click();
  await expect(page).toHaveURL(uitleg);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Uitleg bij vraag 1');
});

test('at 200% text on a 320 px screen, long terms wrap with their sentence', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const id = await createDossier(page);
  await setTextSize(page, 200);
  await page.goto(`/dossiers/${id}/vragen/vraag-5/uitleg`);
  // "Lees meer" holds "onafhankelijke cliëntondersteuning", two long words in one term.
  await fold(page, 'Lees meer').summary.click();
  await page
    .getByRole('region', { name: 'Het korte antwoord' })
    .getByRole('button', { name: 'cliëntondersteuner' })
    .click();
  await expect(page.getByRole('button', { name: 'Sluit uitleg' })).toBeVisible();
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((e) => e.textContent?.slice(0, 40)),
  );
  expect(wide).toEqual([]);
  await expectNoAxeViolations(page);
});
