import { expect, test, type Locator } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier, openPage } from './pages';

/*
 * Issue 17, fewer screens for the resident on her phone: a worksheet item is its label, one short
 * hint, the field and one row of help on request. Measured at 390 x 844 with 100% text.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
const screen = 844;
const bottomOf = (target: Locator) =>
  target.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

test('worksheet 1: "Opslaan en verder" within four phone screens, the rest of the help on request', async ({
  page,
}) => {
  const id = await createDossier(page);
  await openPage(page, `/dossiers/${id}/plan/voorstellen`);
  // Before issue 17 it stood at the end of more than five screens.
  expect(await bottomOf(page.getByRole('button', { name: 'Opslaan en verder' }))).toBeLessThan(
    4 * screen,
  );

  const more = page.locator('summary', { hasText: 'Meer uitleg (Woonsituatie)' });
  const prompts = page.getByText('Woon je in een huis met trappen');
  await expect(prompts).toBeHidden();
  await more.tap();
  await expect(prompts).toBeVisible();
  // The example opens in the same row; both stay open, each at full width.
  await page.locator('summary', { hasText: 'Zo kan het eruitzien (Woonsituatie)' }).tap();
  await expect(page.getByText('Ik woon alleen in een huurhuis met een trap.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a topic on its own page: its label is the heading, and the way to the overview is on the first screen', async ({
  page,
}) => {
  const id = await createDossier(page);
  await openPage(page, `/dossiers/${id}/plan/knelpunten`);
  await page.getByLabel('Wonen').tap();
  await page.getByRole('button', { name: 'Opslaan en verder' }).tap();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toContainText('Onderwerp 1 van 1');
  await expect(h1.getByText('Wonen', { exact: true })).toBeVisible();
  await expect(page.getByText('Wonen', { exact: true })).toHaveCount(1);

  const overview = page.getByRole('button', { name: 'Opslaan en naar het overzicht' });
  expect(await bottomOf(overview)).toBeLessThanOrEqual(screen);
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: 'Wonen' }).fill('De trap is te steil.');
  await overview.tap();
  await expect(
    page.getByRole('heading', { level: 1, name: /Bereid het gesprek voor/ }),
  ).toBeVisible();
});
