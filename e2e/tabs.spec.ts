import { expect, test, type Page } from './test';
import { createDossier } from './pages';

/**
 * Issue 16, items 1 and 4, in two real tabs of one browser: what one tab does to the lock or to
 * everything stored reaches the other at once.
 */
const passphrase = 'blauwe fiets op zondag';
const secret = 'Een bovenwoning zonder lift.';

/** A second tab: its goto also waits until the app runs (see test.ts). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
}

async function fillWorksheet(page: Page, id: string): Promise<void> {
  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  await page.getByRole('textbox', { name: 'Woonsituatie' }).fill(secret);
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Stel jezelf voor');
}

async function unlock(page: Page): Promise<void> {
  await page.getByLabel('Wachtwoordzin').fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendel' }).click();
}

test('"Vergrendel nu" in one tab locks every tab', async ({ page, context }) => {
  const id = await createDossier(page, { personName: 'Riet' });
  await fillWorksheet(page, id);
  await page.goto('/vergrendeling');
  await page.getByLabel('Kies een wachtwoordzin').fill(passphrase);
  await page.getByLabel('Typ de wachtwoordzin nog een keer').fill(passphrase);
  await page.getByRole('button', { name: 'Zet de vergrendeling aan' }).click();
  await expect(page.getByText('De vergrendeling staat nu aan.')).toBeVisible();

  const other = await context.newPage();
  await open(other, `/dossiers/${id}/plan/voorstellen`);
  await unlock(other);
  const field = other.getByRole('textbox', { name: 'Woonsituatie' });
  await expect(field).toHaveValue(secret);

  await page.getByRole('banner').getByRole('button', { name: 'Vergrendel nu' }).click();
  await expect(
    other.getByRole('heading', { level: 1, name: 'De app is vergrendeld' }),
  ).toBeVisible();
  await expect(field).toHaveCount(0);
  expect(await other.content()).not.toContain('bovenwoning');
});

test('"Wis alles" in one tab stops the other, which writes nothing back', async ({
  page,
  context,
}) => {
  const id = await createDossier(page, { personName: 'Ans' });
  await fillWorksheet(page, id);
  const other = await context.newPage();
  await open(other, `/dossiers/${id}/plan/voorstellen`);
  await expect(other.getByRole('textbox', { name: 'Woonsituatie' })).toHaveValue(secret);

  await page.goto('/wis-alles');
  await page.getByLabel('Ik begrijp dat alles van dit apparaat verdwijnt').check();
  await page.getByRole('button', { name: 'Wis alles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alles is gewist' })).toBeVisible();

  await expect(other).toHaveURL(/\/wis-alles$/);
  await expect(other.getByText('is gewist in een ander tabblad')).toBeVisible();
  expect(await other.content()).not.toContain('bovenwoning');
  await expect(other.getByRole('textbox', { name: 'Woonsituatie' })).toHaveCount(0);
  // The wipe page may open an empty database to count dossiers; no row may be in it.
  const rows = await other.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'aantafel')) return 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('aantafel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = (store: string) =>
      new Promise<number>((resolve) => {
        if (!db.objectStoreNames.contains(store)) return resolve(0);
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
      });
    const total = (await count('dossiers')) + (await count('entries'));
    db.close();
    return total;
  });
  expect(rows).toBe(0);
});
