import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier, waitForServiceWorker } from './pages';
import { termEnd } from '../src/domain/atw';
import { daysBetween } from '../src/domain/calendar';
import { toDutchNumeric } from '../src/domain/dates';
import { formatIsoLong } from '../src/lib/formatDate';

/** Today in the Netherlands, as the app computes it (the tests run with timezoneId Europe/Amsterdam). */
function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

async function downloadIcs(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download voor je agenda (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('aan-tafel-termijnen.ics');
  return readFileSync((await file.path()) ?? '', 'utf8');
}

/** A minimal reader for the parts of iCalendar that matter here. */
function parseIcs(text: string) {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT([\s\S]*?)END:VEVENT/g)].map(([, body = '']) => {
    const field = (name: string) => new RegExp(`^${name}[^:]*:(.*)$`, 'm').exec(body)?.[1]?.trim();
    return { start: field('DTSTART'), summary: field('SUMMARY'), trigger: field('TRIGGER') };
  });
}

test('enter a melding date, see the plan and verslag deadlines, and get them as a calendar file', async ({
  page,
}) => {
  const id = await createDossier(page);
  await page.getByRole('link', { name: 'Belangrijke datums' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Belangrijke datums');
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Datum van de melding' }).fill('2-3-2026');
  await expect(page.getByLabel('Of kies de datum in een kalender').first()).toHaveValue(
    '2026-03-02',
  );
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();

  await expect(page).toHaveURL(new RegExp(`/dossiers/${id}/data/tijdlijn$`));
  const timeline = page.getByRole('list', { name: 'Tijdlijn' });
  await expect(timeline.getByRole('listitem').nth(0)).toContainText('Melding gedaan');
  await expect(timeline.getByRole('listitem').nth(0)).toContainText('maandag 2 maart 2026');
  await expect(timeline.getByRole('listitem').nth(1)).toContainText('Persoonlijk plan indienen');
  await expect(timeline.getByRole('listitem').nth(1)).toContainText(
    'Uiterlijk maandag 9 maart 2026',
  );
  await expect(timeline.getByRole('listitem').nth(1)).toContainText(
    /Verstreken, \d+ dagen geleden/,
  );
  await expect(timeline.getByRole('listitem').nth(2)).toContainText(
    'Onderzoek en verslag van de gemeente',
  );
  await expect(timeline.getByRole('listitem').nth(2)).toContainText(
    'Uiterlijk maandag 13 april 2026',
  );
  await expectNoAxeViolations(page);

  const events = parseIcs(await downloadIcs(page));
  expect(events).toEqual([
    { start: '20260309', summary: 'Aan tafel: Persoonlijk plan indienen', trigger: '-PT48H' },
    {
      start: '20260413',
      summary: 'Aan tafel: Onderzoek en verslag van de gemeente',
      trigger: '-PT48H',
    },
  ]);
  await expect(page.getByRole('textbox', { name: 'De termijnen als tekst' })).toHaveValue(
    'maandag 9 maart 2026: Persoonlijk plan indienen (jouw termijn)\nmaandag 13 april 2026: Onderzoek en verslag van de gemeente (termijn voor de gemeente)',
  );
});

test('a coming deadline shows the days left, counted from today', async ({ page }) => {
  const today = todayInAmsterdam();
  const plan = termEnd(today, { days: 7 });
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/data`);
  await page.getByRole('textbox', { name: 'Datum van de melding' }).fill(toDutchNumeric(today));
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Persoonlijk plan indienen' });
  await expect(item).toContainText(`Uiterlijk ${formatIsoLong(plan, 'nl-NL')}`);
  await expect(item).toContainText(`Nog ${daysBetween(today, plan)} dagen`);
  await expect(item).toContainText('Jouw termijn');
  await expectNoAxeViolations(page);
});

test('a passed deadline is said in words, with what you can do', async ({ page }) => {
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/data`);
  await page
    .getByRole('textbox', { name: 'Datum waarop de gemeente je aanvraag kreeg' })
    .fill('2-2-2026');
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Beschikking op je aanvraag' });
  await expect(item).toContainText('Uiterlijk maandag 16 februari 2026');
  await expect(item).toContainText(/Verstreken, \d+ dagen geleden/);
  await expect(item.getByRole('heading', { name: 'Wat kun je doen?' })).toBeVisible();
  await expect(item).toContainText('ingebrekestelling');
});

test('bad dates get a clear message and nothing is lost', async ({ page }) => {
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/data`);
  await page.getByRole('textbox', { name: 'Datum van de melding' }).fill('2-3-2026');
  await page
    .getByRole('textbox', { name: 'Datum waarop de gemeente je aanvraag kreeg' })
    .fill('1-2-2026');
  await page.getByRole('textbox', { name: 'Datum van het gesprek' }).fill('31-2-2026');
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText(
    'Vul bij ‘Datum van het gesprek’ een bestaande datum in, zoals 13-4-2026.',
  );
  await expect(summary).toContainText(
    'De datum bij ‘Datum waarop de gemeente je aanvraag kreeg’ ligt vóór de datum van de melding.',
  );
  await expect(page).toHaveTitle(/^Fout: /);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Datum van het gesprek' })).toHaveValue(
    '31-2-2026',
  );
});

test('the timeline and the calendar file work offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/data`);
  await page.getByRole('textbox', { name: 'Datum van de beschikking' }).fill('1-6-2026');
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Bezwaar maken' })).toContainText(
    'maandag 13 juli 2026',
  );
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'Bezwaar maken' })).toContainText(
    'maandag 13 juli 2026',
  );
  const events = parseIcs(await downloadIcs(page));
  expect(events.map((e) => e.start)).toEqual(['20260713', '20260824']);
  await context.setOffline(false);
});

test('a suspension of the time limit for the beschikking is counted and explained (Awb 4:15)', async ({
  page,
}) => {
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/data`);
  await page
    .getByRole('textbox', { name: 'Datum waarop de gemeente je aanvraag kreeg' })
    .fill('20-4-2026');
  // Folded away until needed; it opens on request.
  const fold = page.getByText('Stond de termijn voor de beschikking stil?');
  await expect(
    page.getByRole('textbox', { name: 'De termijn voor de beschikking stond stil vanaf' }),
  ).toBeHidden();
  await fold.click();
  await page
    .getByRole('textbox', { name: 'De termijn voor de beschikking stond stil vanaf' })
    .fill('22-4-2026');
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
  // Only the first day: the app asks for the last one, and saves what was typed.
  await expect(page.getByRole('alert')).toContainText(
    'Vul ook de datum van het einde van de stilstand in',
  );
  await page.getByRole('textbox', { name: 'De termijn liep weer vanaf' }).fill('1-5-2026');
  // Once a date is in it, the group stays open, also after a reload.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'De termijn liep weer vanaf' })).toHaveValue(
    '1-5-2026',
  );
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
  await expect(page).toHaveURL(new RegExp(`/dossiers/${id}/data/tijdlijn$`));
  const item = page.getByRole('listitem').filter({ hasText: 'Beschikking op je aanvraag' });
  // 20 April + 9 days standing still + 2 weeks = Wednesday 13 May 2026.
  await expect(item).toContainText('Uiterlijk woensdag 13 mei 2026');
  await expect(item).toContainText('De termijn stond 9 dagen stil.');
  await expect(item).toContainText('Awb, art. 4:15 lid 1');
  await expectNoAxeViolations(page);
});

test('a beslissing op bezwaar gives the time limit for beroep', async ({ page }) => {
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/data`);
  await page.getByRole('textbox', { name: 'Datum van de beschikking' }).fill('4-5-2026');
  await page.getByText('Na de beschikking').click();
  await page.getByRole('textbox', { name: 'Datum waarop je bezwaar maakte' }).fill('20-5-2026');
  await page
    .getByRole('textbox', { name: 'Datum van de beslissing op je bezwaar' })
    .fill('10-7-2026');
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Beroep bij de rechtbank' });
  await expect(page.getByRole('list', { name: 'Tijdlijn' })).toContainText('Bezwaar ingediend');
  await expect(item).toContainText('Uiterlijk vrijdag 21 augustus 2026');
  await expect(item).toContainText('griffierecht');
});
