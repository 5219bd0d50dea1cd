import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier, waitForServiceWorker } from './pages';

const passphrase = 'blauwe fiets op zondag';

/** What anyone could read in the browser's storage: every IndexedDB row and localStorage. */
async function rawStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('aantafel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    const rows = [await all('dossiers'), await all('entries'), await all('meta')];
    db.close();
    return JSON.stringify([rows, { ...localStorage }]);
  });
}

async function fillWorksheet(page: Page, id: string, text: string): Promise<void> {
  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  await page.getByRole('textbox', { name: 'Woonsituatie' }).fill(text);
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Stel jezelf voor');
}

test('with the lock on, storage holds no readable text; reload, unlock, and all is there', async ({
  page,
}) => {
  const id = await createDossier(page, { personName: 'Riet', helper: 'Kees' });
  await fillWorksheet(page, id, 'Een bovenwoning zonder lift.');
  expect(await rawStorage(page)).toContain('bovenwoning');

  await page.goto('/vergrendeling');
  await expect(page.getByText('wachtwoordzin kwijt is dossier kwijt')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Kies een wachtwoordzin').fill('kort');
  await page.getByRole('button', { name: 'Zet de vergrendeling aan' }).click();
  await expect(page.getByRole('alert')).toContainText('minstens 8 tekens');
  await expect(page).toHaveTitle(/^Fout: /);
  await expectNoAxeViolations(page);
  await page.getByLabel('Kies een wachtwoordzin').fill(passphrase);
  await page.getByLabel('Typ de wachtwoordzin nog een keer').fill(passphrase);
  await page.getByLabel('Na 5 minuten').check();
  await page.getByRole('button', { name: 'Zet de vergrendeling aan' }).click();
  await expect(page.getByText('De vergrendeling staat nu aan.')).toBeVisible();

  const raw = await rawStorage(page);
  for (const secret of ['Riet', 'Kees', 'bovenwoning']) expect(raw).not.toContain(secret);

  // A reload forgets the key: the page asks for the passphrase, and shows nothing personal.
  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'De app is vergrendeld' }),
  ).toBeVisible();
  await expect(page.getByText('Riet')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel('Wachtwoordzin').fill('blauwe fiets op maandag');
  await page.getByRole('button', { name: 'Ontgrendel' }).click();
  await expect(page.getByRole('alert')).toContainText('Deze wachtwoordzin klopt niet.');
  await page.getByLabel('Wachtwoordzin').fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendel' }).click();
  const field = page.getByRole('textbox', { name: 'Woonsituatie' });
  await expect(field).toHaveValue('Een bovenwoning zonder lift.');

  // A new answer while open is stored sealed too.
  await field.fill('Een bovenwoning zonder lift. Trap is steil.');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Stel jezelf voor');
  expect(await rawStorage(page)).not.toContain('steil');
  await page.goBack();
  await expect(field).toHaveValue('Een bovenwoning zonder lift. Trap is steil.');

  // "Vergrendel nu" in the header: the page is replaced at once.
  await page.getByRole('button', { name: 'Vergrendel nu' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'De app is vergrendeld' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Woonsituatie' })).toHaveCount(0);
  // Pages without personal data stay open.
  await page.goto('/over-het-gesprek/begrippen');
  await expect(page.getByRole('heading', { level: 1, name: 'Begrippen' })).toBeVisible();

  // Turning it off again needs the passphrase, and stores everything readable again.
  await page.goto('/vergrendeling');
  await page.getByLabel('Wachtwoordzin').fill(passphrase);
  await page.getByRole('button', { name: 'Ontgrendel' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Wachtwoordzin').fill(passphrase);
  await page.getByRole('button', { name: 'Zet de vergrendeling uit' }).click();
  await expect(page.getByText('De vergrendeling staat nu uit.')).toBeVisible();
  expect(await rawStorage(page)).toContain('steil');
});

test('a backup with a passphrase opens only with that passphrase', async ({ page }, info) => {
  const id = await createDossier(page, { personName: 'Wim' });
  await fillWorksheet(page, id, 'Een flat op twee hoog.');
  await page.goto('/reservekopie');
  await page.getByLabel('Beveilig het bestand met een wachtwoordzin').check();
  await page.getByLabel('Kies een wachtwoordzin').fill(passphrase);
  await page.getByLabel('Typ de wachtwoordzin nog een keer').fill('iets anders dan dat');
  await page.getByRole('button', { name: 'Download de reservekopie' }).click();
  await expect(page.getByRole('alert')).toContainText('niet gelijk');
  await expectNoAxeViolations(page);
  await page.getByLabel('Typ de wachtwoordzin nog een keer').fill(passphrase);
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download de reservekopie' }).click();
  const path = info.outputPath('beveiligd.aantafel.json');
  await (await wait).saveAs(path);

  await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles(path);
  await expect(page.getByText('Dit bestand is beveiligd met een wachtwoordzin.')).toBeVisible();
  await page.getByLabel('Typ de wachtwoordzin van dit bestand').fill('fout fout fout');
  await page.getByRole('button', { name: 'Open het bestand' }).click();
  await expect(page.getByText('Deze wachtwoordzin past niet bij dit bestand')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Typ de wachtwoordzin van dit bestand').fill(passphrase);
  await page.getByRole('button', { name: 'Open het bestand' }).click();
  await expect(page.getByText('In het bestand staat 1 dossier.')).toBeVisible();
});

test('"Wis alles op dit apparaat" leaves IndexedDB, caches and localStorage empty', async ({
  page,
}) => {
  await createDossier(page, { personName: 'Ans' });
  await waitForServiceWorker(page);
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
  await page.goto('/instellingen');
  await page.getByRole('link', { name: 'Wis alles op dit apparaat' }).click();
  await expect(page.getByText('1 dossier, met alles wat je invulde')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Wis alles' }).click();
  await expect(page.getByRole('alert')).toContainText('Vink eerst aan');
  await expectNoAxeViolations(page);
  await page.getByLabel('Ik begrijp dat alles van dit apparaat verdwijnt').check();
  await page.getByRole('button', { name: 'Wis alles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alles is gewist' })).toBeVisible();
  const left = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    localStorage: localStorage.length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(left).toEqual({ databases: [], caches: [], localStorage: 0, workers: 0 });
  await page.getByRole('link', { name: 'Opnieuw beginnen' }).click();
  await page.goto('/dossiers');
  await expect(page.getByRole('heading', { level: 2, name: 'Voor Ans' })).toHaveCount(0);
});

test('without IndexedDB (some private modes) the app explains, and does not crash', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/dossiers');
  await expect(page.getByRole('alert')).toContainText('Deze browser laat de app niets bewaren.');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/over-het-gesprek/begrippen');
  await expect(page.getByRole('heading', { level: 1, name: 'Begrippen' })).toBeVisible();
});
