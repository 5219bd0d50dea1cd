import { expect, test } from './test';
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
  await expect(page.getByText('Vraag om een verslag van het gesprek.')).toBeVisible();
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
