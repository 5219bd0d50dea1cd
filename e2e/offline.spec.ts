import { expect, test } from './test';

test('after the service worker controls the page, the app works offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return !!reg.active && !!navigator.serviceWorker.controller;
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Bereid je keukentafelgesprek voor',
  );
  await expect(page.getByRole('status').filter({ hasText: 'Je bent offline' })).toBeVisible();

  // Lazy pages were precached too.
  await page.getByRole('link', { name: 'Over deze app' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over deze app');
  await page.goto('/instellingen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Instellingen');
  await context.setOffline(false);
});

test('the manifest is valid and installable', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await page.request.get(href ?? '')).json()) as Record<string, unknown>;
  expect(manifest).toMatchObject({
    name: expect.stringContaining('Aan tafel'),
    short_name: 'Aan tafel',
    lang: 'nl',
    display: 'standalone',
    start_url: '/',
  });
  const icons = manifest.icons as { sizes: string; purpose?: string; src: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of icons) expect((await page.request.get(`/${icon.src}`)).status()).toBe(200);

  const cdp = await page.context().newCDPSession(page);
  const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] };
  expect(errors).toEqual([]);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  // Playwright contexts always count as incognito (toolchain.md gotcha 12).
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual(
    [],
  );
});
