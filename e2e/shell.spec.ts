import { expect, test } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier } from './pages';

const routes = [
  { path: '/', h1: 'Bereid je keukentafelgesprek voor' },
  { path: '/dossiers', h1: 'Je dossiers' },
  { path: '/dossiers/nieuw', h1: 'Voor wie bereid je het gesprek voor?' },
  { path: '/instellingen', h1: 'Instellingen' },
  { path: '/over-deze-app', h1: 'Over deze app' },
  { path: '/bestaat-niet', h1: 'Deze pagina bestaat niet' },
];

for (const { path, h1 } of routes) {
  test(`${path} renders and passes axe`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    await expect(page).toHaveTitle(`${h1} – Aan tafel`);
    await expectNoAxeViolations(page);
  });
}

test('a dossier can be made, renamed and deleted, and every step passes axe', async ({ page }) => {
  await page.goto('/dossiers');
  await expect(page.getByText('Je hebt nog geen dossier.')).toBeVisible();
  await createDossier(page);
  await page.goto('/dossiers');
  await expect(page.getByRole('heading', { level: 2, name: 'Voor jezelf' })).toBeVisible();
  await expect(page.getByText('0 van 6 delen klaar')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Naam wijzigen van Voor jezelf' }).click();
  await expect(page.getByLabel('Naam van het dossier')).toHaveValue('Voor jezelf');
  await page.getByLabel('Naam van het dossier').fill('');
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Vul een naam in voor het dossier.');
  await expect(page).toHaveTitle(/^Fout: /);
  await expectNoAxeViolations(page);
  await page.getByLabel('Naam van het dossier').fill('Mijn gesprek in mei');
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Mijn gesprek in mei' })).toBeVisible();

  await page.getByRole('link', { name: 'Mijn gesprek in mei verwijderen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Wil je het dossier Mijn gesprek in mei verwijderen?',
  );
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ja, verwijder het dossier' }).click();
  await expect(page.getByText('Je hebt nog geen dossier.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('switching to English changes the page and survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Prepare your kitchen-table talk',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Prepare your kitchen-table talk',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('text size 200% is applied before the app starts and the page still fits 320 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/instellingen');
  await page.getByLabel(/Grootst/).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '200');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '200');
  for (const path of [
    '/',
    '/dossiers',
    '/instellingen',
    '/over-deze-app',
    '/over-het-gesprek/stappen',
    '/over-het-gesprek/begrippen',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `horizontal scroll on ${path}`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  }
});

test('keyboard only: Tab reaches the skip link first, and "Begin" works', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  // After the skip link, the next Tab lands inside main: the "Begin" button comes first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Begin' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dossiers$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Je dossiers' })).toBeFocused();
});
