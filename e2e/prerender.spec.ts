import { expect, test, type Page } from './test';
import { setPreferences } from './pages';

/** Console errors and uncaught exceptions while a page runs. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the start page is readable from the HTML alone', async ({ page }) => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bereid je keukentafelgesprek voor' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Begin' })).toHaveAttribute('href', '/dossiers');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  });

  test('on a phone the menu cannot fold without scripts, so it is shown', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/over-het-gesprek');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Instellingen' })).toBeVisible();
  });
});

test('the prerendered start page comes to life without being drawn again', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  const heading = page.getByRole('heading', { level: 1 });
  // Marks the prerendered heading; a page drawn again would have a new element without it.
  await heading.evaluate((h) => h.setAttribute('data-from-html', 'yes'));
  await expect(page.locator('html')).toHaveAttribute('data-started', 'true');
  // Works only once React is running: the language switch.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(heading).toHaveText('Prepare your kitchen-table talk');
  await expect(heading).toHaveAttribute('data-from-html', 'yes');
  expect(errors).toEqual([]);
});

/** The information pages have their own prerendered HTML, and the same life as the start. */
const infoPages = [
  { path: '/over-het-gesprek/stappen', heading: 'De stappen', english: 'The steps' },
  { path: '/over-deze-app', heading: 'Over deze app', english: 'About this app' },
];

for (const info of infoPages) {
  test(`${info.path} is prerendered, and comes to life without being drawn again`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const response = await page.request.get(info.path);
    const html = await response.text();
    expect(html).toContain(`<title>${info.heading} – Aan tafel</title>`);
    expect(html).toContain(`data-page="${info.path}"`);
    // The heading may start with a caption: "Over het gesprek" above "De stappen".
    expect(html).toMatch(new RegExp(`<h1[^>]*>(<span[^>]*>[^<]*</span>)?${info.heading}</h1>`));

    await page.goto(info.path);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.evaluate((h) => h.setAttribute('data-from-html', 'yes'));
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(heading).toContainText(info.english);
    await expect(heading).toHaveAttribute('data-from-html', 'yes');
    await expect(page).toHaveTitle(`${info.english} – Aan tafel`);
    expect(errors).toEqual([]);
  });
}

test('another address never shows a prerendered page', async ({ page }) => {
  const errors = collectErrors(page);
  // Served index.html (the start page) by the preview server, as the service worker does.
  await page.goto('/dossiers/nieuw');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Voor wie bereid je het gesprek voor?',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('html')).not.toHaveAttribute('data-prerendered', /.*/);
  expect(errors).toEqual([]);
});

test('in English, the start page is drawn in English', async ({ page }) => {
  await page.goto('/over-deze-app');
  await setPreferences(page, { language: 'en' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Prepare your kitchen-table talk',
  );
  await expect(page.getByText('Bereid je keukentafelgesprek voor')).toHaveCount(0);
});

test('a first visit to the start and information pages loads no storage code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Over het gesprek', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over het gesprek');
  // Dexie and the lock come in the chunks named after their modules.
  expect(scripts.filter((s) => /\/(db|lock)-[\w-]+\.js$/.test(s))).toEqual([]);
  // A page with personal data reads the lock first, and then the start page does too.
  await page.getByRole('link', { name: 'Dossiers' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je dossiers');
  expect(scripts.filter((s) => /\/lock-[\w-]+\.js$/.test(s))).toHaveLength(1);
});
