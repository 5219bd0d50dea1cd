import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier } from './pages';
import { pdfText } from './pdfText';

// The worked example (issue 17, "Show, don't only tell"): shown on request, never a dossier.

/** How many dossiers and answers the app's database holds, read straight from IndexedDB. */
async function storedRows(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('aantafel');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error ?? new Error('open failed'));
    });
    const count = (store: string) =>
      new Promise<number>((done, fail) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error ?? new Error('count failed'));
      });
    const rows = { dossiers: await count('dossiers'), entries: await count('entries') };
    db.close();
    return rows;
  });
}

test('worksheet 1 shows, on request, what the example resident wrote, and fills in nothing', async ({
  page,
}) => {
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  // One closed disclosure per item, each named after its item for a screen reader.
  await expect(page.locator('details.example-answer')).toHaveCount(8);
  const summary = page.locator('summary', { hasText: 'Zo kan het eruitzien (Woonsituatie)' });
  const answer = page.getByText('Ik woon alleen in een huurhuis met een trap.');
  await expect(answer).toBeHidden();

  await summary.click();
  await expect(answer).toBeVisible();
  const details = page.locator('details', { has: summary });
  await expect(details).toHaveAttribute('open', '');
  await expect(details).toContainText(
    'Voorbeeld: zo schreef Tineke Voorbeeld het op. Zij bestaat niet.',
  );
  await expect(page.getByRole('textbox', { name: 'Woonsituatie' })).toHaveValue('');
  await expectNoAxeViolations(page);

  // The keyboard opens it too: the age item shows the age in words.
  const age = page.locator('summary', { hasText: 'Zo kan het eruitzien (Leeftijd)' });
  await age.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details', { has: age })).toContainText('78 jaar');
});

test('the start page offers the example plan PDF; it downloads marked as an example and stays out of the dossiers', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Bekijk een voorbeeld van een persoonlijk plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Zo kan een persoonlijk plan eruitzien' }),
  ).toBeVisible();
  await expect(page.getByText('Het voorbeeld wordt niet bewaard.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.locator('summary', { hasText: 'Lees het voorbeeld op deze pagina' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: '1. Mag ik me voorstellen?' }),
  ).toBeVisible();
  await expect(page.getByText('Weet ik nog niet')).toBeVisible();
  await expectNoAxeViolations(page);

  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download het voorbeeld als PDF' }).click();
  const file = await wait;
  const name = file.suggestedFilename();
  expect(name).toBe('voorbeeld-persoonlijk-plan.pdf');
  await expect(
    page.getByText(`De PDF is gedownload. Je vindt hem bij je downloads. De naam is: ${name}`),
  ).toBeVisible();
  const pdf = await pdfText((await file.path()) ?? '');
  expect(pdf.pages[0]).toContain('Voorbeeld: dit is geen echt plan');
  expect(pdf.pages[0]).toContain('Tineke Voorbeeld bestaat niet.');
  for (const [i, text] of pdf.pages.entries())
    expect(text).toContain(
      `Voorbeeld · Tineke Voorbeeld · pagina ${i + 1} van ${pdf.pages.length}`,
    );
  expect(pdf.title).toBe('Voorbeeld: persoonlijk plan van Tineke Voorbeeld');

  // Built in memory: nothing of it is in the database, and no dossier is listed.
  expect(await storedRows(page)).toEqual({ dossiers: 0, entries: 0 });
  await page.goto('/dossiers');
  await expect(page.getByText('Je hebt nog geen dossier.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Dossiers op dit apparaat' })).toHaveCount(0);
});
