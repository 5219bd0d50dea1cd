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
  // "Opslaan en verder" goes on to worksheet 2 (issue 17, item 11).
  await expect(page.getByRole('heading', { level: 1 })).toContainText('tegenaan?');
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
  expect(gemeente.name).toMatch(
    /^persoonlijk-plan-voor-de-gemeente-ijsbrand-sahin-lukasz-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const g = await pdfText(gemeente.path);
  const gText = g.pages.join(' ');
  expect(g.pages[0]).toMatch(/^Versie voor de gemeente Persoonlijk plan/);
  expect(gText).toContain('Ĳsbrand Şahin-Łukasz');
  expect(gText).toContain('“De Zon”, café beneden. Ik betaal € 21,80 (?)');
  expect(gText).toContain('Opgesteld met hulp van Kees');
  expect(gText).not.toContain('Żaneta');
  expect(g.pages[0]).toMatch(/pagina 1 van 1/);
  expect(g.title).toBe('Persoonlijk plan, versie voor de gemeente: Ĳsbrand Şahin-Łukasz');
  expect(g.language).toBe('nl');

  await page.getByRole('radio', { name: /^Voor mezelf/ }).check();
  await expect(preview).toContainText('Żaneta');
  await expect(preview).toContainText('Versie voor mezelf: niet voor de gemeente');
  const zelf = await download(page, 'Download het plan als PDF');
  expect(zelf.name).toMatch(/^persoonlijk-plan-alleen-voor-mezelf-ijsbrand-sahin-lukasz-/);
  const zText = (await pdfText(zelf.path)).pages.join(' ');
  expect(zText).toContain('Mijn dochter Żaneta komt elke dag.');
  expect(zText).toContain('[Alleen voor mezelf] Mijn dochter Żaneta');
  expect(zText).toMatch(/^Versie voor mezelf: niet voor de gemeente Persoonlijk plan/);
  // The message stands right under the button she used, and names the file.
  const under = page.getByRole('button', { name: 'Download het plan als PDF' }).locator('+ p');
  await expect(under).toHaveAttribute('role', 'status');
  await expect(under).toHaveText(
    `De PDF is gedownload. Je vindt hem bij je downloads. De naam is: ${zelf.name}`,
  );
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
    'Voor en tijdens het gesprek',
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
  await page.getByText('Grote letters of Engels?').click();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByLabel(/Grote letters/).check();
  const file = await download(page, 'Download het plan als PDF');
  const pdf = await pdfText(file.path);
  expect(pdf.language).toBe('en');
  expect(pdf.pages.join(' ')).toContain('Personal plan');
  expect(pdf.pages.join(' ')).toContain('page 1 of');
  await context.setOffline(false);
});

/** The live region right under a button, where that button says what happened. */
const under = (page: Page, button: string) =>
  page.getByRole('button', { name: button }).locator('xpath=following-sibling::p[1]');

test('share, open, print and download: only what the browser can do, each with its message under its own button', async ({
  page,
}) => {
  // A phone's share sheet, and a print dialog that only counts: both are the browser's own.
  await page.addInitScript(() => {
    const w = window as unknown as { shared: object[]; printed: number };
    w.shared = [];
    w.printed = 0;
    Object.defineProperty(navigator, 'canShare', {
      value: (data: ShareData) => (data.files?.length ?? 0) > 0,
      configurable: true,
    });
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        for (const f of data.files ?? [])
          w.shared.push({ name: f.name, type: f.type, size: f.size });
      },
      configurable: true,
    });
    window.print = () => {
      w.printed += 1;
    };
  });
  const id = await createDossier(page, { personName: 'Ĳsbrand' });
  await fillShortPlan(page, id);
  await page.goto(`/dossiers/${id}/pdf`);
  await expect(page.locator('.pdf-actions').first().getByRole('button')).toHaveText([
    'Deel het plan als PDF',
    'Open het plan als PDF',
    'Print het plan',
    'Download het plan als PDF',
  ]);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Deel het plan als PDF' }).click();
  await expect(under(page, 'Deel het plan als PDF')).toHaveText('Het delen is gelukt.');
  const shared = await page.evaluate(() => (window as unknown as { shared: object[] }).shared);
  expect(shared).toEqual([
    {
      name: expect.stringMatching(/^persoonlijk-plan-voor-de-gemeente-ijsbrand-sahin-lukasz-/),
      type: 'application/pdf',
      size: expect.any(Number),
    },
  ]);

  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Open het plan als PDF' }).click();
  const tab = await popup;
  expect(tab.url()).toMatch(/^blob:/);
  await expect(under(page, 'Open het plan als PDF')).toHaveText(
    'De PDF staat open in een nieuw tabblad. Daar kun je hem ook printen of bewaren.',
  );
  await expect(under(page, 'Deel het plan als PDF')).toHaveText('');
  await tab.close();

  await page.getByRole('button', { name: 'Print het plan' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(under(page, 'Print het plan')).toHaveText(/^Het printscherm is open\./);
  await expectNoAxeViolations(page);

  // On paper the page is the plan, and nothing else.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Voorbeeld van de PDF' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('radio', { name: /^Voor mezelf/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print het plan' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The checklist has its own buttons, and no print button of the plan's.
  await page.getByRole('button', { name: 'Download de lijst als PDF' }).click();
  await expect(under(page, 'Download de lijst als PDF')).toContainText(
    'De naam is: tijdens-en-na-het-gesprek-ijsbrand-sahin-lukasz-',
  );
  await expect(page.getByRole('button', { name: 'Deel de lijst als PDF' })).toBeVisible();
});

test('a browser without a share sheet shows no share button', async ({ page }) => {
  const id = await createDossier(page);
  await fillShortPlan(page, id);
  await page.goto(`/dossiers/${id}/pdf`);
  await expect(page.getByRole('button', { name: 'Download het plan als PDF' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Deel / })).toHaveCount(0);
});

/** The roles in a PDF's structure tree (empty when it is untagged). */
async function structureRoles(data: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  const roles: string[] = [];
  const walk = (node: { role?: string; children?: unknown[] } | null) => {
    if (!node) return;
    if (node.role) roles.push(node.role);
    for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
  };
  for (let i = 1; i <= doc.numPages; i++) walk(await (await doc.getPage(i)).getStructTree());
  return roles;
}

test('the plan as a page to print: headings and lists, the version marked, and a tagged PDF from the browser', async ({
  page,
}) => {
  const id = await createDossier(page, { personName: 'Ĳsbrand', helper: 'Kees' });
  await fillShortPlan(page, id);
  await page.goto(`/dossiers/${id}/pdf`);
  await page.getByText('Grote letters of Engels?').click();
  await page.getByLabel(/Grote letters/).check();
  await page.getByRole('link', { name: 'Bekijk je plan als webpagina' }).click();
  await expect(page).toHaveURL(/\/pdf\/printen\?versie=gemeente&taal=nl&groot=ja$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Persoonlijk plan' })).toBeFocused();
  await expect(page.getByText('Versie voor de gemeente', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: '1. Mag ik me voorstellen?' }),
  ).toBeVisible();
  const first = page.getByRole('article').getByRole('listitem').first();
  await expect(first).toHaveText('NaamĲsbrand Şahin-Łukasz');
  await expect(page.getByText('Opgesteld met hulp van Kees')).toBeVisible();
  await expect(page.getByText(/Żaneta/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The choice lives in the address: the radio shows it once the navigation is done, so click and
  // wait for it (check() asserts the state at once, before the router has updated).
  await page.getByRole('radio', { name: 'Voor mezelf' }).click();
  await expect(page).toHaveURL(/versie=zelf/);
  await expect(page.getByRole('radio', { name: 'Voor mezelf' })).toBeChecked();
  await expect(page.getByText('Versie voor mezelf: niet voor de gemeente')).toBeVisible();
  await expect(page.getByText('Mijn dochter Żaneta komt elke dag.')).toBeVisible();
  await expect(page.getByText('Alleen voor mezelf', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Print deze pagina' }).focus();
  await expect(page.getByRole('button', { name: 'Print deze pagina' })).toBeFocused();

  // On paper: no header, menu, footer or buttons; large print is 16 pt (21.33 px).
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print deze pagina' })).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Voor mezelf' })).toBeHidden();
  await expect(page.getByText('Mijn dochter Żaneta komt elke dag.')).toBeVisible();
  const size = await page
    .getByText('Mijn dochter Żaneta komt elke dag.')
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeCloseTo((16 * 96) / 72, 1);

  // "Opslaan als PDF" in Chromium: the PDF it makes of this page carries the headings and lists.
  const roles = await structureRoles(await page.pdf({ tagged: true }));
  expect(roles).toContain('H1');
  expect(roles).toContain('H2');
  expect(roles).toContain('L');
  expect(roles).toContain('LI');
});
