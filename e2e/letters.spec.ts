import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier } from './pages';
import { pdfText } from './pdfText';

async function enterDates(page: Page, id: string, dates: Record<string, string>): Promise<void> {
  await page.goto(`/dossiers/${id}/data`);
  // The dates most people never need are folded away: open them all.
  await expect(page.getByRole('button', { name: 'Bekijk je termijnen' })).toBeVisible();
  const closed = page.locator('details:not([open]) > summary');
  for (let n = await closed.count(); n > 0; n -= 1) await closed.first().click();
  for (const [name, value] of Object.entries(dates))
    await page.getByRole('textbox', { name }).fill(value);
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
}

async function fillSender(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Je naam' }).fill('Ans de Vries');
  await page.getByRole('textbox', { name: 'Straat en huisnummer' }).fill('Lindelaan 4');
  await page.getByRole('textbox', { name: 'Postcode en woonplaats' }).fill('3511 AB Utrecht');
  await page.getByRole('textbox', { name: 'Naam van de gemeente' }).fill('Utrecht');
}

test('a bezwaarschrift: offered after a beschikking, checked, saved, and downloaded with its deadline', async ({
  page,
}) => {
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/brieven`);
  const bezwaar = page.getByRole('listitem').filter({ hasText: 'Bezwaarschrift' });
  await expect(bezwaar).toContainText('Vul eerst in wanneer je de beschikking kreeg.');
  await expectNoAxeViolations(page);

  // Made known on Monday 1 June 2026: six weeks from the next day ends Monday 13 July 2026.
  await enterDates(page, id, { 'Datum van de beschikking': '1-6-2026' });
  await page.goto(`/dossiers/${id}/brieven`);
  await expect(bezwaar).toContainText('maandag 13 juli 2026');
  await expect(page.getByRole('listitem').filter({ hasText: 'Ingebrekestelling' })).toContainText(
    'Vul eerst in wanneer de gemeente je aanvraag kreeg.',
  );
  await bezwaar.getByRole('link', { name: 'Maak de brief: Bezwaarschrift' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bezwaarschrift' })).toBeFocused();
  await expect(page.getByText('Laatste dag voor je bezwaar: maandag 13 juli 2026')).toBeVisible();

  // Nothing filled in: the error summary names every missing part, and the title says "Fout".
  await page.getByRole('button', { name: 'Download de brief (pdf)' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Vul je naam in.');
  await expect(summary).toContainText('Schrijf waarom je het niet eens bent.');
  await expect(page).toHaveTitle(/^Fout: /);
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: 'Vul je naam in.' }).click();
  await expect(page.getByRole('textbox', { name: 'Je naam' })).toBeFocused();

  await fillSender(page);
  await page.getByRole('textbox', { name: /Kenmerk van de beschikking/ }).fill('WMO-2026-0412');
  await page
    .getByRole('textbox', { name: 'Waarom ben je het niet eens met de beschikking?' })
    .fill('Ik kan niet meer zelf douchen. Daar is in het besluit geen rekening mee gehouden.');
  await expect(page.getByText('Ik kan niet meer zelf douchen.').last()).toBeVisible();
  await expect(summary).toHaveCount(0);

  // Everything typed is saved: a reload brings it back.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Je naam' })).toHaveValue('Ans de Vries');
  await expect(page.getByRole('textbox', { name: /Kenmerk/ })).toHaveValue('WMO-2026-0412');

  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download de brief (pdf)' }).click();
  const file = await wait;
  expect(file.suggestedFilename()).toMatch(/^bezwaarschrift-ans-de-vries-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = await pdfText((await file.path()) ?? '');
  const notes = pdf.pages[0] ?? '';
  const letter = pdf.pages.slice(1).join(' ');
  expect(notes).toContain('Laatste dag voor je bezwaar: maandag 13 juli 2026');
  expect(notes).toContain('geen juridisch advies');
  expect(letter).toContain('Ans de Vries');
  expect(letter).toContain('Lindelaan 4');
  expect(letter).toContain('3511 AB Utrecht');
  expect(letter).toContain('maandag 1 juni 2026');
  expect(letter).toContain('WMO-2026-0412');
  expect(letter).toContain('Ik kan niet meer zelf douchen.');
  expect(letter).toContain('Handtekening');
  expect(letter).toContain('Geacht college,');
  expect(letter).toContain('Uw kenmerk: WMO-2026-0412');
  expect(letter).toContain('Bijlage');
  expect(letter).not.toMatch(/\(Schrijf/);
  const underDownload = page
    .getByRole('button', { name: 'Download de brief (pdf)' })
    .locator('xpath=following-sibling::p[1]');
  await expect(underDownload).toHaveAttribute('role', 'status');
  await expect(underDownload).toContainText(`De PDF is gedownload.`);
  await expect(underDownload).toContainText(file.suggestedFilename());

  // This browser shows PDFs itself: the letter also opens in a tab, to read or print it there.
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Open de brief (pdf)' }).click();
  expect((await popup).url()).toMatch(/^blob:/);
  await expect(
    page
      .getByRole('button', { name: 'Open de brief (pdf)' })
      .locator('xpath=following-sibling::p[1]'),
  ).toContainText('De PDF staat open in een nieuw tabblad.');
  await expect(underDownload).toHaveText('');
});

test('a beroepschrift: offered after the beslissing op bezwaar, to the rechtbank the resident names', async ({
  page,
}) => {
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/brieven`);
  const beroep = page.getByRole('listitem').filter({ hasText: 'Beroepschrift' });
  await expect(beroep).toContainText('Vul eerst in wanneer je de beslissing op je bezwaar kreeg.');

  // Beslissing op bezwaar on Tuesday 1 September 2026: six weeks end Tuesday 13 October 2026.
  await enterDates(page, id, {
    'Datum van de beschikking': '1-6-2026',
    'Datum waarop je bezwaar maakte': '1-7-2026',
    'Datum van de beslissing op je bezwaar': '1-9-2026',
  });
  await page.goto(`/dossiers/${id}/brieven`);
  await expect(beroep).toContainText('dinsdag 13 oktober 2026');
  await beroep.getByRole('link', { name: 'Maak de brief: Beroepschrift' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beroepschrift' })).toBeFocused();

  await fillSender(page);
  await page.getByRole('textbox', { name: /Telefoonnummer/ }).fill('06 1234 5678');
  await page.getByRole('textbox', { name: /Geboortedatum/ }).fill('3-2-1944');
  await page.getByRole('button', { name: 'Download de brief (pdf)' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Vul de naam van de rechtbank in.');
  await expect(summary).toContainText('Schrijf waarom je het niet eens bent met de beslissing');
  await expectNoAxeViolations(page);

  await page
    .getByRole('textbox', { name: 'Naam van de rechtbank' })
    .fill('Rechtbank Midden-Nederland');
  await page
    .getByRole('textbox', { name: 'Waarom ben je het niet eens met de beslissing op je bezwaar?' })
    .fill('De gemeente heeft mijn huisarts niet gehoord.');
  await expect(summary).toHaveCount(0);
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download de brief (pdf)' }).click();
  const pdf = await pdfText((await (await wait).path()) ?? '');
  const notes = pdf.pages[0] ?? '';
  const letter = pdf.pages.slice(1).join(' ');
  expect(notes).toContain('Laatste dag voor je beroep: dinsdag 13 oktober 2026');
  expect(notes).toContain('griffierecht');
  expect(letter).toContain('Aan de Rechtbank Midden-Nederland');
  expect(letter).toContain('Geachte heer, mevrouw,');
  expect(letter).toContain('Telefoon: 06 1234 5678');
  expect(letter).toContain('Geboortedatum: 3 februari 1944');
  expect(letter).toContain('dinsdag 1 september 2026');
  expect(letter).toContain('De gemeente heeft mijn huisarts niet gehoord.');
  expect(letter).toContain('Een kopie van de beslissing op bezwaar');
});

test('an aanvraag after a late onderzoek cites Wmo 2.3.2 lid 9, and its text can be edited and copied', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const id = await createDossier(page);
  await enterDates(page, id, { 'Datum van de melding': '2-3-2026' });
  await page.goto(`/dossiers/${id}/brieven/aanvraag`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Aanvraag maatwerkvoorziening' }),
  ).toBeVisible();
  await fillSender(page);
  await page.getByRole('textbox', { name: 'Wat vraag je aan?' }).fill('Hulp bij het huishouden.');
  const body = page.getByRole('textbox', { name: 'Tekst van de brief' });
  await expect(body).toContainText('2.3.2 lid 9');
  await body.fill(`${await body.inputValue()}\n\nIk woon alleen.`);
  await expect(page.getByText('Je hebt de tekst zelf veranderd.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Kopieer de tekst voor een e-mail' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'De tekst is gekopieerd.' }),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Hulp bij het huishouden.');
  expect(copied).toContain('Ik woon alleen.');
  expect(copied).toContain('Ans de Vries');

  await page.getByRole('button', { name: 'Zet de voorgestelde tekst terug' }).click();
  await expect(body).not.toContainText('Ik woon alleen.');
});

test('an ingebrekestelling shows when the dwangsom starts; a letter that does not fit says why', async ({
  page,
}) => {
  const id = await createDossier(page);
  await enterDates(page, id, { 'Datum waarop de gemeente je aanvraag kreeg': '2-2-2026' });
  await page.goto(`/dossiers/${id}/brieven/reactie-verslag`);
  await expect(page.getByText('Deze brief past nu nog niet bij je dossier.')).toBeVisible();
  await expect(page.getByText('Vul eerst in wanneer je het verslag kreeg.')).toBeVisible();
  await page.goto(`/dossiers/${id}/brieven/ingebrekestelling`);
  await page.getByRole('textbox', { name: /Wanneer krijgt de gemeente de brief/ }).fill('2-3-2026');
  await expect(
    page.getByText('Dan begint de dwangsom meestal op maandag 16 maart 2026'),
  ).toBeVisible();
  await expect(page.getByRole('table')).toContainText('€ 23');
  await expect(page.getByRole('table')).toContainText('€ 45');
  await expectNoAxeViolations(page);
});
