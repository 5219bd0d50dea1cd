import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier, waitForServiceWorker } from './pages';
import { pdfText } from './pdfText';

async function fillShortPlan(page: Page, id: string) {
  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Ĳsbrand Şahin-Łukasz');
  await page
    .getByRole('textbox', { name: 'Woonsituatie' })
    .fill('Flat “De Zon”, café beneden. Ik betaal € 21,80 👍');
  await page
    .getByRole('textbox', { name: 'Mantelzorg op dit moment' })
    .fill('Mijn dochter Żaneta komt elke dag.');
  await page.getByRole('checkbox', { name: /Mantelzorg op dit moment/ }).check();
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Persoonlijk plan');
}

async function download(page: Page, button: string): Promise<{ name: string; path: string }> {
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await wait;
  return { name: file.suggestedFilename(), path: (await file.path()) ?? '' };
}

test('both versions of the plan download as PDFs, and the private item stays private', async ({
  page,
}) => {
  const id = await createDossier(page, { personName: 'Ĳsbrand', helper: 'Kees' });
  await fillShortPlan(page, id);
  await page.goto(`/dossiers/${id}/pdf`);
  const preview = page.getByRole('region', { name: 'Voorbeeld van de PDF' });
  await expect(preview).toContainText('Ĳsbrand Şahin-Łukasz');
  await expect(preview).not.toContainText('Żaneta');
  await expect(page.getByText('1 punt staat niet in deze versie')).toBeVisible();
  await expectNoAxeViolations(page);

  const gemeente = await download(page, 'Download het plan als PDF');
  expect(gemeente.name).toMatch(/^persoonlijk-plan-ijsbrand-sahin-lukasz-\d{4}-\d{2}-\d{2}\.pdf$/);
  const g = await pdfText(gemeente.path);
  const gText = g.pages.join(' ');
  expect(gText).toContain('Persoonlijk plan');
  expect(gText).toContain('Ĳsbrand Şahin-Łukasz');
  expect(gText).toContain('“De Zon”, café beneden. Ik betaal € 21,80 (?)');
  expect(gText).toContain('Opgesteld met hulp van Kees');
  expect(gText).not.toContain('Żaneta');
  expect(g.pages[0]).toMatch(/pagina 1 van 1/);
  expect(g.title).toBe('Persoonlijk plan: Ĳsbrand Şahin-Łukasz');
  expect(g.language).toBe('nl');

  await page.getByRole('radio', { name: /^Voor mezelf/ }).check();
  await expect(preview).toContainText('Żaneta');
  const zelf = await download(page, 'Download het plan als PDF');
  const zText = (await pdfText(zelf.path)).pages.join(' ');
  expect(zText).toContain('Mijn dochter Żaneta komt elke dag.');
  expect(zText).toContain('[Alleen voor mezelf] Mijn dochter Żaneta');
  expect(zText).toContain('Versie voor mezelf');
  await expect(page.getByRole('status').filter({ hasText: 'De PDF staat klaar' })).toBeVisible();
});

test('the checklist PDF holds the phases, own questions, who comes along, and the key dates', async ({
  page,
}) => {
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/tijdens`);
  await page
    .getByRole('textbox', { name: 'Jouw vragen voor het gesprek' })
    .fill('Hoe lang duurt het?\nKrijg ik het verslag op papier?');
  await page.getByRole('textbox', { name: 'Wie gaat er met je mee?' }).fill('Mijn zoon Kees');
  await page.goto(`/dossiers/${id}/data`);
  await page.getByRole('textbox', { name: 'Datum van de melding' }).fill('2-3-2026');
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
  await page.goto(`/dossiers/${id}/pdf`);
  await expect(page.getByText('Je plan is nog leeg.')).toBeVisible();
  const checklist = await download(page, 'Download de lijst als PDF');
  expect(checklist.name).toMatch(/^tijdens-en-na-het-gesprek-.*\.pdf$/);
  const text = (await pdfText(checklist.path)).pages.join(' ');
  for (const expected of [
    'Tijdens en na het gesprek',
    'Mijn vragen voor het gesprek',
    'Hoe lang duurt het?',
    'Krijg ik het verslag op papier?',
    'Mijn zoon Kees',
    'maandag 13 april 2026: Onderzoek en verslag van de gemeente',
    'Voordat het gesprek begint',
    'Aan het einde van het gesprek',
    'Na het gesprek',
    'Aantekeningen',
  ]) {
    expect(text).toContain(expected);
  }
});

test('the PDFs are made offline, in English too', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const id = await createDossier(page);
  await fillShortPlan(page, id);
  await context.setOffline(true);
  await page.goto(`/dossiers/${id}/pdf`);
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByLabel(/Grote letters/).check();
  const file = await download(page, 'Download het plan als PDF');
  const pdf = await pdfText(file.path);
  expect(pdf.language).toBe('en');
  expect(pdf.pages.join(' ')).toContain('Personal plan');
  expect(pdf.pages.join(' ')).toContain('page 1 of');
  await context.setOffline(false);
});
