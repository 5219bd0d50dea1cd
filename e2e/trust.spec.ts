import { writeFileSync } from 'node:fs';
import { expect, test } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier } from './pages';

test('a backup file brings a deleted dossier back, and a bad file changes nothing', async ({
  page,
}, info) => {
  const id = await createDossier(page, { personName: 'Riet' });
  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  await page.getByRole('textbox', { name: 'Woonsituatie' }).fill('Een bovenwoning zonder lift.');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();

  await page.goto('/reservekopie');
  await expectNoAxeViolations(page);
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download de reservekopie' }).click();
  const file = await wait;
  expect(file.suggestedFilename()).toMatch(
    /^aan-tafel-reservekopie-\d{4}-\d{2}-\d{2}\.aantafel\.json$/,
  );
  const backupPath = (await file.path()) ?? '';

  // A bad file: a clear message, and nothing changes.
  const bad = info.outputPath('kapot.aantafel.json');
  writeFileSync(bad, '{"app": "aan-tafel", "format": 1, ');
  await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('Dit bestand kan de app niet lezen.');
  await expectNoAxeViolations(page);

  // The same dossier still exists: restoring offers "als kopie toevoegen".
  await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles(backupPath);
  await expect(page.getByText('In het bestand staat 1 dossier.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Als kopie toevoegen' })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Zet terug' }).click();
  await expect(page.getByText('1 dossier is teruggezet.')).toBeVisible();
  await page.goto('/dossiers');
  await expect(page.getByRole('heading', { level: 2, name: 'Voor Riet (kopie)' })).toBeVisible();

  // Delete the original and restore it from the file: every answer is back.
  await page.getByRole('link', { name: 'Voor Riet verwijderen', exact: true }).click();
  await page.getByRole('button', { name: 'Ja, verwijder het dossier' }).click();
  await page.goto('/reservekopie');
  await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles(backupPath);
  await page.getByRole('button', { name: 'Zet terug' }).click();
  await expect(page.getByText('1 dossier is teruggezet.')).toBeVisible();
  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  await expect(page.getByRole('textbox', { name: 'Woonsituatie' })).toHaveValue(
    'Een bovenwoning zonder lift.',
  );
});

test('a full flow with PDF and calendar file makes no request to any other origin', async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== baseURL && !['data:', 'blob:'].includes(url.protocol))
      foreign.push(request.url());
  });
  const id = await createDossier(page, { personName: 'Ans' });
  await page.goto(`/dossiers/${id}/vragen/vraag-1`);
  await page.getByRole('radio', { name: 'Nee' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Uitleg bij vraag 1');
  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Ans de Vries');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await page.goto(`/dossiers/${id}/data`);
  await page.getByRole('textbox', { name: 'Datum van de melding' }).fill('2-3-2026');
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
  const ics = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download voor je agenda (.ics)' }).click();
  await ics;
  await page.goto(`/dossiers/${id}/pdf`);
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download het plan als PDF' }).click();
  await pdf;
  for (const path of [
    '/over-het-gesprek/stappen',
    '/over-het-gesprek/begrippen',
    '/over-deze-app',
    '/reservekopie',
  ])
    await page.goto(path);
  expect(foreign).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
});

test('the Content-Security-Policy is active: an injected inline script does not run', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain("'unsafe-inline'");
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script); // an allowed inline script would run right here, synchronously
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test('the preview server sends the CSP as a header', async ({ page }) => {
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("form-action 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
});
