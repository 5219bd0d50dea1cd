import { expect, test } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier, waitForServiceWorker } from './pages';

// The keyboard-only walk through the whole flow lives in keyboard.spec.ts.

test('reload within 100 ms of the last key keeps every character', async ({ page }) => {
  await createDossier(page);
  await page.goto(page.url() + '/plan/voorstellen');
  const field = page.getByRole('textbox', { name: 'Woonsituatie' });
  const text =
    'Ik woon alleen in een flat, drie hoog, met een lift die vaak stuk is. Ĳsselmeer, café, ş.';
  await field.pressSequentially(text);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Woonsituatie' })).toHaveValue(text);
});

test('the same while offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const id = await createDossier(page);
  await context.setOffline(true);
  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  const text = 'Geen internet, toch bewaard.';
  await page.getByRole('textbox', { name: 'Woonsituatie' }).pressSequentially(text);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Woonsituatie' })).toHaveValue(text);
  await context.setOffline(false);
});

test('two tabs on the same dossier both show the latest saved text, and nothing is lost', async ({
  page,
  context,
}) => {
  const id = await createDossier(page);
  const url = `/dossiers/${id}/plan/zelf-oplossen`;
  const other = await context.newPage();
  await page.goto(url);
  await other.goto(url);

  await page
    .getByRole('textbox', { name: 'Wat zelf lukt (eigen kracht)' })
    .fill('Ik kook nog zelf.');
  await page.getByRole('textbox', { name: 'Wat zelf lukt (eigen kracht)' }).blur();
  await expect(other.getByRole('textbox', { name: 'Wat zelf lukt (eigen kracht)' })).toHaveValue(
    'Ik kook nog zelf.',
  );

  await other
    .getByRole('textbox', { name: 'Buren en vrienden' })
    .fill('De buurvrouw doet boodschappen.');
  await other.getByRole('textbox', { name: 'Buren en vrienden' }).blur();
  await expect(page.getByRole('textbox', { name: 'Buren en vrienden' })).toHaveValue(
    'De buurvrouw doet boodschappen.',
  );

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Wat zelf lukt (eigen kracht)' })).toHaveValue(
    'Ik kook nog zelf.',
  );
  await expect(page.getByRole('textbox', { name: 'Buren en vrienden' })).toHaveValue(
    'De buurvrouw doet boodschappen.',
  );
});

test('a deleted dossier can be brought back with undo', async ({ page }) => {
  await createDossier(page, { personName: 'Joop' });
  await page.goto('/dossiers');
  await page.getByRole('link', { name: 'Voor Joop verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijder het dossier' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is verwijderd' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Voor Joop', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByText('Het dossier ‘Voor Joop’ is teruggezet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Voor Joop', exact: true })).toBeVisible();
});

test('opening the app again offers to continue where you were', async ({ page }) => {
  const id = await createDossier(page, { personName: 'Riet' });
  await page.goto(`/dossiers/${id}/vragen/vraag-3`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Riet');
  await page.goto('/');
  await page.getByRole('link', { name: 'Ga verder met ‘Voor Riet’' }).click();
  await expect(page).toHaveURL(new RegExp(`/dossiers/${id}/vragen/vraag-3$`));
});

test('every page of the guided flow passes axe, also with errors showing', async ({ page }) => {
  test.slow(); // some twenty pages, each scanned: a budget for a busy machine, not a speed check
  await page.goto('/dossiers/nieuw');
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('alert')).toContainText('Kies voor wie');
  await expectNoAxeViolations(page);

  const id = await createDossier(page, { personName: 'Ans', helper: 'Kees' });
  const base = `/dossiers/${id}`;
  await expectNoAxeViolations(page);

  await page.goto(`${base}/vragen/vraag-1`);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('alert')).toContainText('Kies een antwoord.');
  await expect(page).toHaveTitle(/^Fout: /);
  await expectNoAxeViolations(page);

  for (const path of [
    'vragen/vraag-1/uitleg',
    'vragen/vraag-2/uitleg',
    'vragen/vraag-5/uitleg',
    'vragen/klaar',
    'teruglezen',
    'plan',
    'plan/voorstellen',
    'plan/knelpunten',
    'plan/vorm',
    'plan/controleren',
    'tijdens',
    'na',
  ]) {
    await page.goto(`${base}/${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }

  await page.goto(`${base}/plan/knelpunten`);
  await page.getByLabel('Wonen').check();
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await page.getByRole('textbox').fill('x'.repeat(1005));
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByRole('alert')).toContainText('5 tekens te lang');
  await expect(page.getByText('Je hebt 5 tekens te veel.')).toBeVisible();
  await expectNoAxeViolations(page);
  // Too long is never cut off: the text is kept as typed.
  await page.reload();
  await expect(page.getByRole('textbox')).toHaveValue('x'.repeat(1005));
});

test('the dossier pages reflow at 320 px with 200% text', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const id = await createDossier(page, { personName: 'Ans' });
  await page.evaluate(() =>
    localStorage.setItem(
      'aantafel-preferences',
      JSON.stringify({ state: { language: 'nl', textSize: 200 }, version: 1 }),
    ),
  );
  for (const path of [
    '',
    '/vragen/vraag-1',
    '/vragen/vraag-2/uitleg',
    '/plan',
    '/plan/voorstellen',
    '/plan/knelpunten',
    '/plan/controleren',
    '/tijdens',
    '/na',
    '/teruglezen',
  ]) {
    await page.goto(`/dossiers/${id}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `horizontal scroll on ${path || 'the overview'}`).toBeLessThanOrEqual(0);
  }
});

// Issue 17, items 4, 5 and 11 (helper C): the overview leads with the next step and its date;
// worksheet 1 says "Klaar" with the optional Geslacht empty; "Opslaan en verder" goes on.
test('the overview leads with the next step, and a worksheet can be finished and left for the next', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00'));
  const id = await createDossier(page);
  const next = page.getByRole('region', { name: 'Wat je nu kunt doen' });
  await expect(next).toContainText('Vul eerst de datum van de melding in.');
  await expectNoAxeViolations(page);
  await next.getByRole('link', { name: 'Datum van de melding invullen' }).click();
  await page.getByRole('textbox', { name: 'Datum van de melding' }).fill('20-11-2026');
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Je termijnen');

  await page.goto(`/dossiers/${id}`);
  await expect(next).toContainText(
    'Zorg dat de gemeente het plan uiterlijk vrijdag 27 november 2026 heeft. Dan is het zeker op tijd. Nog 1 dag.',
  );
  await expect(next).toContainText('Stuur je plan per post of per e-mail naar de gemeente.');
  await expectNoAxeViolations(page);

  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  await expect(page.getByText('Werkblad 1 van 6')).toBeVisible();
  const done = page.getByRole('checkbox', { name: 'Dit werkblad is klaar' });
  await expect(done).not.toBeChecked();
  for (const [name, text] of [
    ['Naam', 'Ans de Vries'],
    ['Adres', 'Dorpsstraat 1, 1234 AB Ergens'],
    ['Leeftijd in jaren', '82'],
    ['Burgerlijke staat', 'Weduwe'],
    ['Zorg van beroepskrachten of vrijwilligers', 'Thuiszorg, twee keer per week.'],
    ['Mantelzorg op dit moment', 'Mijn dochter.'],
    ['Woonsituatie', 'Alleen, in een flat met lift.'],
  ] as const)
    await page.getByRole('textbox', { name, exact: true }).fill(text);
  // Geslacht stays empty: it may, and it does not hold "Klaar" back.
  await expect(done).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Waar loop ik tegenaan?');
  await expect(page.getByText('Werkblad 2 van 6')).toBeVisible();

  await page.goto(`/dossiers/${id}/plan`);
  await expect(page.getByRole('listitem').filter({ hasText: 'Werkblad 1' })).toContainText('Klaar');

  // After the gesprek, the plan's time limit is said calmly and the next date comes first.
  await page.clock.setFixedTime(new Date('2026-12-07T10:00:00'));
  await page.goto(`/dossiers/${id}/data`);
  await page.getByRole('textbox', { name: 'Datum van het gesprek' }).fill('3-12-2026');
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Je termijnen');
  await page.goto(`/dossiers/${id}`);
  await expect(next).toContainText('Het gesprek was op donderdag 3 december 2026.');
  await expect(next).toContainText('De termijn voor het plan doet er nu niet meer toe');
  await expect(next).not.toContainText('Verstreken');
  await expectNoAxeViolations(page);
});
