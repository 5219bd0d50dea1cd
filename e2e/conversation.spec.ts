import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier } from './pages';

test('gespreksmodus: own questions and checklist ticks, and timed notes, survive a reload', async ({
  page,
}) => {
  const id = await createDossier(page, { personName: 'Ans' });
  await page.goto(`/dossiers/${id}/tijdens`);
  await page
    .getByRole('textbox', { name: /Jouw vragen voor het gesprek/ })
    .fill('- Krijg ik hulp bij het douchen?\n- Wat kost het?');
  await page.getByRole('link', { name: 'Start de gespreksmodus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gespreksmodus' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  // The note box first, then her questions and the few points that matter; the rest folded.
  await expect(page.getByRole('textbox', { name: 'Nieuwe notitie' })).toBeInViewport();
  const lead = page.getByRole('group', { name: 'Het belangrijkste' });
  await expect(lead.getByRole('checkbox')).toHaveCount(6);
  await expect(page.getByLabel('Vraag hoe lang het gesprek duurt.')).toBeHidden();
  await expectNoAxeViolations(page);

  await page.getByLabel('Wat kost het?').check();
  await page.getByLabel(/Vraag aan het begin al of je na afloop een verslag krijgt/).check();
  await page
    .getByRole('textbox', { name: 'Nieuwe notitie' })
    .fill('Huishoudelijke hulp: 3 uur per week.');
  await page.getByRole('button', { name: 'Bewaar notitie' }).click();
  await expect(page.getByRole('textbox', { name: 'Nieuwe notitie' })).toHaveValue('');
  await page.getByRole('textbox', { name: 'Nieuwe notitie' }).fill('Nog niet bewaard, wel getypt');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Wat kost het?')).toBeChecked();
  await expect(page.getByLabel('Krijg ik hulp bij het douchen?')).not.toBeChecked();
  await expect(
    page.getByLabel(/Vraag aan het begin al of je na afloop een verslag krijgt/),
  ).toBeChecked();
  const note = page
    .getByRole('listitem')
    .filter({ hasText: 'Huishoudelijke hulp: 3 uur per week.' });
  await expect(note.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(page.getByRole('textbox', { name: 'Nieuwe notitie' })).toHaveValue(
    'Nog niet bewaard, wel getypt',
  );
  await page.getByRole('link', { name: 'Stop de gespreksmodus' }).click();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
});

test('the verslag check lists what from the plan is missing, and keeps the reflection', async ({
  page,
}) => {
  const id = await createDossier(page, { personName: 'Ans' });
  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Ans de Vries');
  await page.getByRole('textbox', { name: 'Woonsituatie' }).fill('Een bovenwoning zonder lift.');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Stel jezelf voor');

  await page.goto(`/dossiers/${id}/na`);
  await page.getByRole('link', { name: 'Controleer het verslag' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Controleer het verslag' }),
  ).toBeFocused();
  const missing = page.getByRole('region', { name: 'Ontbreekt in het verslag' });
  await expect(missing.getByRole('listitem')).toHaveCount(2);
  await page.getByLabel(/Ans de Vries/).check();
  await expect(missing.getByRole('listitem')).toHaveCount(1);
  await expect(missing).toContainText('Een bovenwoning zonder lift.');
  await page.getByLabel('Ga na of alles klopt wat erin staat.').check();
  await page
    .getByRole('textbox', { name: 'Hoe ging het gesprek?' })
    .fill('Goed voorbereid, rustig.');
  await expectNoAxeViolations(page);
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();

  await page.reload();
  await expect(missing.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByLabel('Ga na of alles klopt wat erin staat.')).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Hoe ging het gesprek?' })).toHaveValue(
    'Goed voorbereid, rustig.',
  );
});

test('her notes follow her to "Na het gesprek" and the verslag check; "Meer tips" opens', async ({
  page,
}) => {
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/gesprek`);
  await page.getByRole('textbox', { name: 'Nieuwe notitie' }).fill('Het verslag komt per post.');
  await page.getByRole('button', { name: 'Bewaar notitie' }).click();
  await page.getByRole('textbox', { name: 'Nieuwe notitie' }).fill('Nog navragen: vervoer');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await page.getByText(/^Meer tips \(\d+\)$/).click();
  await page.getByLabel('Vraag hoe lang het gesprek duurt.').check();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Stop de gespreksmodus' }).click();

  await page.goto(`/dossiers/${id}/na`);
  const notes = page.getByRole('region', { name: 'Je notities van het gesprek' });
  await expect(notes.getByRole('listitem')).toHaveText([
    /om \d{1,2}:\d{2}Het verslag komt per post\.$/,
    'Nog niet bewaard als notitieNog navragen: vervoer',
  ]);
  await expect(page.getByRole('group', { name: 'Het belangrijkste' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Controleer het verslag' }).click();
  await expect(notes).toContainText('Het verslag komt per post.');
  await expectNoAxeViolations(page);

  await page.goto(`/dossiers/${id}/gesprek`);
  await page.getByText(/^Meer tips \(\d+\)$/).click();
  await expect(page.getByLabel('Vraag hoe lang het gesprek duurt.')).toBeChecked();
});

/** What a PDF printed by the browser holds: pages, whether it is tagged, and its structure roles. */
async function printedPdf(page: Page) {
  const data = new Uint8Array(await page.pdf({ format: 'A4', tagged: true }));
  const doc = await getDocument({ data, useSystemFonts: false }).promise;
  const roles = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { role?: string; children?: unknown[] };
    if (n.role) roles.add(n.role);
    n.children?.forEach(walk);
  };
  for (let i = 1; i <= doc.numPages; i++) walk(await (await doc.getPage(i)).getStructTree());
  return { pages: doc.numPages, marked: (await doc.getMarkInfo())?.Marked === true, roles };
}

test('the checklist as a page to print: headings and lists, so that "Opslaan als PDF" is tagged', async ({
  page,
}) => {
  const id = await createDossier(page, { personName: 'Ans' });
  await page.goto(`/dossiers/${id}/tijdens`);
  await page
    .getByRole('textbox', { name: /Jouw vragen voor het gesprek/ })
    .fill('Kan ik een traplift krijgen?\nWat kost hulp bij het huishouden?');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await page.goto(`/dossiers/${id}/pdf`);
  await page.getByRole('link', { name: 'Bekijk de lijst als webpagina' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tijdens en na het gesprek' }),
  ).toBeFocused();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Mijn vragen voor het gesprek' }),
  ).toBeVisible();
  const own = page
    .getByRole('region', { name: 'Mijn vragen voor het gesprek' })
    .getByRole('listitem');
  await expect(own).toHaveText([
    'Kan ik een traplift krijgen?',
    'Wat kost hulp bij het huishouden?',
  ]);
  await expect(page.getByRole('button', { name: 'Print deze pagina' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print deze pagina' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByText(/^Nog \d+ tips staan in de app/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aantekeningen' })).toBeVisible();
  const closed = await printedPdf(page);
  expect(closed.marked).toBe(true);
  for (const role of ['H1', 'H2', 'L', 'LI']) expect(closed.roles).toContain(role);
  expect(closed.pages).toBeLessThanOrEqual(2);

  // Opened, "Meer tips" prints too, and the line that points to the app goes.
  await page.emulateMedia({ media: 'screen' });
  await page.getByText(/^Meer tips \(\d+\)$/).click();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/^Nog \d+ tips staan in de app/)).toBeHidden();
  await expect(page.getByText('Vraag hoe lang het gesprek duurt.')).toBeVisible();
  expect((await printedPdf(page)).pages).toBeGreaterThan(closed.pages);
});
