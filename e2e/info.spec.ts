import { expect, test } from './test';
import { expectNoAxeViolations } from './axe';

const pages = [
  { path: '/over-het-gesprek', h1: 'Over het gesprek', en: 'About the talk' },
  { path: '/over-het-gesprek/stappen', h1: 'De stappen', en: 'The steps' },
  { path: '/over-het-gesprek/tijdens', h1: 'Tijdens het gesprek', en: 'During the talk' },
  { path: '/over-het-gesprek/na', h1: 'Na het gesprek', en: 'After the talk' },
  {
    path: '/over-het-gesprek/zorgen-en-rechten',
    h1: 'Zorgen en rechten',
    en: 'Worries and rights',
  },
  { path: '/over-het-gesprek/begrippen', h1: 'Begrippen', en: 'Word list' },
];

for (const { path, h1, en } of pages) {
  test(`${path} renders in nl and en, passes axe, and prints without the app's chrome`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(h1);
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(en);
    await expectNoAxeViolations(page);
  });
}

test('the procedure shows all nine steps in order, each with its source', async ({ page }) => {
  await page.goto('/over-het-gesprek/stappen');
  const steps = page.locator('.timeline > li');
  await expect(steps).toHaveCount(9);
  await expect(steps.first()).toContainText('Stap 1');
  await expect(steps.last()).toContainText('Stap 9');
  for (const step of await steps.all())
    await expect(step.locator('.source-note')).toContainText(/Bron/);
});

test('a term opens in place; "Alle begrippen" leads to its definition and back', async ({
  page,
}) => {
  await page.goto('/over-het-gesprek/stappen');
  await page.getByRole('button', { name: 'melding', exact: true }).first().click();
  await page.getByRole('link', { name: 'Alle begrippen' }).click();
  await expect(page).toHaveURL(/\/over-het-gesprek\/begrippen#melding$/);
  await expect(page.getByRole('term').filter({ hasText: /^Melding/ })).toBeFocused();
  await page
    .locator('main')
    .getByRole('link', { name: /^\W*Terug$/ })
    .click();
  await expect(page).toHaveURL(/\/over-het-gesprek\/stappen$/);
});

test('the glossary filter narrows the list and announces the count', async ({ page }) => {
  await page.goto('/over-het-gesprek/begrippen');
  await page.getByRole('searchbox', { name: 'Zoek een begrip' }).fill('bezwaar');
  await expect(page.getByRole('status').filter({ hasText: 'gevonden' })).toHaveText(
    '2 begrippen gevonden.',
  );
  await expectNoAxeViolations(page);
});
