import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { createDossier, Keyboard, waitForServiceWorker } from './pages';

test('the whole flow, from new dossier to the check page, by keyboard only', async ({ page }) => {
  const kb = new Keyboard(page);
  const h1 = page.getByRole('heading', { level: 1 });
  await page.goto('/dossiers');
  await kb.tabTo(page.getByRole('link', { name: 'Nieuw dossier' }));
  await kb.press('Enter');

  await expect(h1).toHaveText('Voor wie bereid je het gesprek voor?');
  await kb.tabTo(page.getByLabel('Voor mezelf'));
  await kb.press('ArrowDown');
  await expect(page.getByLabel('Voor iemand anders')).toBeChecked();
  await kb.press('Enter');

  await expect(h1).toHaveText('Wat is de voornaam van die persoon?');
  await kb.tabTo(page.getByLabel('Voornaam'));
  await kb.type('Ans');
  await kb.press('Enter');

  await expect(h1).toHaveText('Helpt iemand bij het invullen?');
  await kb.tabTo(page.getByLabel(/Naam van wie helpt/));
  await kb.type('Kees');
  await kb.press('Enter');

  await expect(h1).toHaveText(/Bereid het gesprek voor/);
  await kb.tabTo(page.getByRole('link', { name: 'Vragen over het gesprek' }));
  await kb.press('Enter');

  // Vraag 1: ja. Vraag 2: nee, with the explanation, a tick and a mark. Vraag 3–5: ja.
  for (let n = 1; n <= 5; n++) {
    await expect(page.getByText(`Vraag ${n} van 5`)).toBeVisible();
    await expect(h1).toContainText('Ans');
    await kb.tabTo(page.getByLabel('Ja', { exact: true }));
    if (n === 2) {
      await kb.press('ArrowDown');
      await kb.press('Enter');
      await expect(h1).toContainText('Uitleg bij vraag 2');
      await kb.tabTo(page.getByRole('checkbox').first());
      await kb.press('Space');
      await expect(page.getByRole('checkbox').first()).toBeChecked();
      await kb.tabTo(page.getByRole('button', { name: /Markeer om later terug te lezen/ }).first());
      await kb.press('Enter');
      await expect(page.getByRole('button', { pressed: true }).first()).toBeVisible();
      await kb.tabTo(page.getByRole('link', { name: 'Verder' }));
      await kb.press('Enter');
    } else {
      await kb.press('Space');
      await kb.press('Enter');
    }
  }

  await expect(h1).toContainText('Je hebt alle vragen gehad');
  await kb.tabTo(page.getByLabel('Ja, dit deel is klaar'));
  await kb.press('Space');
  await kb.press('Enter');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Vragen over het gesprek' }),
  ).toContainText('Klaar');

  await kb.tabTo(page.getByRole('link', { name: 'Persoonlijk plan' }));
  await kb.press('Enter');
  await kb.tabTo(page.getByRole('link', { name: /Werkblad 1/ }));
  await kb.press('Enter');
  await expect(h1).toContainText('Wie is Ans?');
  await kb.tabTo(page.getByRole('textbox', { name: 'Naam', exact: true }));
  await kb.type('Ans de Vries');
  await kb.tabTo(page.getByRole('button', { name: 'Opslaan en verder' }));
  await kb.press('Enter');

  await kb.tabTo(page.getByRole('link', { name: /Werkblad 2/ }));
  await kb.press('Enter');
  await kb.tabTo(page.getByLabel('Wonen'));
  await kb.press('Space');
  await kb.tabTo(page.getByRole('button', { name: 'Opslaan en verder' }));
  await kb.press('Enter');
  await expect(page.getByText('Onderwerp 1 van 1')).toBeVisible();
  await kb.tabTo(page.getByRole('textbox'));
  await kb.type('De trap is te steil.');
  await kb.tabTo(page.getByRole('button', { name: 'Opslaan en verder' }));
  await kb.press('Enter');

  await kb.tabTo(page.getByRole('link', { name: 'Controleer je plan' }).last());
  await kb.press('Enter');
  await expect(h1).toContainText('Controleer je plan');
  await expect(page.getByText('Ans de Vries')).toBeVisible();
  await expect(page.getByText('De trap is te steil.')).toBeVisible();
  console.log(
    `Keyboard-only flow: ${kb.presses} key presses from the dossier list to the check page.`,
  );
});

test('reload within 100 ms of the last key keeps every character', async ({ page }) => {
  await createDossier(page);
  await page.goto(page.url() + '/plan/voorstellen');
  const field = page.getByRole('textbox', { name: 'Hoe je woont' });
  const text =
    'Ik woon alleen in een flat, drie hoog, met een lift die vaak stuk is. Ĳsselmeer, café, ş.';
  await field.pressSequentially(text);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Hoe je woont' })).toHaveValue(text);
});

test('the same while offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const id = await createDossier(page);
  await context.setOffline(true);
  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  const text = 'Geen internet, toch bewaard.';
  await page.getByRole('textbox', { name: 'Hoe je woont' }).pressSequentially(text);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Hoe je woont' })).toHaveValue(text);
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

  await page.getByRole('textbox', { name: 'Wat kan ik zelf?' }).fill('Ik kook nog zelf.');
  await page.getByRole('textbox', { name: 'Wat kan ik zelf?' }).blur();
  await expect(other.getByRole('textbox', { name: 'Wat kan ik zelf?' })).toHaveValue(
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
  await expect(page.getByRole('textbox', { name: 'Wat kan ik zelf?' })).toHaveValue(
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
