import { expect, test, type Page } from './test';

/*
 * Issue 16, item 2: browser history, session restore and tab lists keep every address, title and
 * history state, also after the lock and after "Wis alles". None of them may carry a name.
 */
const person = 'Rietje';
const helper = 'Kees';

async function expectNoNames(page: Page): Promise<void> {
  const url = decodeURIComponent(page.url());
  const title = await page.title();
  const state = await page.evaluate(() => JSON.stringify(history.state));
  for (const name of [person, helper]) {
    expect(url).not.toContain(name);
    expect(title).not.toContain(name);
    expect(state).not.toContain(name);
  }
}

test('the new-dossier steps, the dossier and deleting it keep the names out of history', async ({
  page,
}) => {
  const h1 = page.getByRole('heading', { level: 1 });
  await page.goto('/dossiers/nieuw');
  await page.getByLabel(/Voor iemand anders/).check();
  await page.getByRole('button', { name: 'Verder' }).click();

  await expect(h1).toHaveText('Wat is de voornaam van die persoon?');
  await expectNoNames(page);
  await page.getByLabel('Voornaam').fill(person);
  await page.getByRole('button', { name: 'Verder' }).click();

  await expect(h1).toHaveText('Helpt iemand bij het invullen?');
  await expect(page).toHaveURL(/\/dossiers\/nieuw\/hulp$/);
  await expectNoNames(page);
  // The browser's own Back button still finds the name: it is kept in the tab, not in the URL.
  await page.goBack();
  await expect(h1).toHaveText('Wat is de voornaam van die persoon?');
  await expect(page.getByLabel('Voornaam')).toHaveValue(person);
  await expectNoNames(page);
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByLabel(/Naam van wie helpt/).fill(helper);
  await page.getByRole('button', { name: 'Maak het dossier' }).click();

  await expect(h1).toContainText('Bereid het gesprek voor');
  await expect(page.getByText(`Je vult dit in met hulp van ${helper}.`)).toBeVisible();
  await expectNoNames(page);
  const id = /\/dossiers\/([^/]+)$/.exec(page.url())?.[1] ?? '';
  for (const path of ['vragen/vraag-1', 'plan/voorstellen', 'plan/knelpunten']) {
    await page.goto(`/dossiers/${id}/${path}`);
    await expect(h1).toContainText(person);
    await expectNoNames(page);
  }

  await page.goto('/dossiers');
  await page.getByRole('link', { name: `Voor ${person} verwijderen` }).click();
  await expect(h1).toHaveText(`Wil je het dossier Voor ${person} verwijderen?`);
  await expectNoNames(page);
  await page.getByRole('button', { name: 'Ja, verwijder het dossier' }).click();
  await expect(page.getByText(`Het dossier ‘Voor ${person}’ is verwijderd.`)).toBeVisible();
  await expectNoNames(page);
  expect(await page.evaluate(() => JSON.stringify(history.state))).toContain(id);

  // A reload (as after a crash, with session restore) reads the name from storage, not history.
  await page.reload();
  await expect(page.getByText(`Het dossier ‘Voor ${person}’ is verwijderd.`)).toBeVisible();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText(`Het dossier ‘Voor ${person}’ is teruggezet.`)).toBeVisible();
  await expectNoNames(page);
});
