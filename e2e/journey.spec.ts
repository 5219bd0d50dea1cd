import { expect, test } from './test';
import { Journey } from './journey';
import { pdfText } from './pdfText';

/**
 * Issue 17, "Measured, not guessed": the resident alone on her phone (390 x 844, touch), from the
 * start page to the downloaded gemeente PDF, with vraag 1–5 (vraag 2: "Nee", so its explanation),
 * worksheets 1 and 2 and her melding date. It prints what she had to do; the numbers are reported,
 * not asserted (speed and effort goals belong in the note, not in a test that could flake).
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('the resident alone on her phone: start page to the gemeente PDF', async ({ page }) => {
  test.slow();
  const j = new Journey(page);
  const h1 = page.getByRole('heading', { level: 1 });
  await j.start('/');
  await j.tap(page.getByRole('link', { name: 'Begin' }));
  await j.tap(page.getByRole('link', { name: 'Nieuw dossier' }));
  await j.tap(page.getByLabel('Voor mezelf'));
  await j.tap(page.getByRole('button', { name: 'Verder' }));
  await j.tap(page.getByRole('button', { name: 'Maak het dossier' }));
  await j.arrived(page.getByRole('heading', { level: 1, name: /Bereid het gesprek voor/ }));

  await j.tap(page.getByRole('link', { name: 'Vragen over het gesprek' }));
  for (let n = 1; n <= 5; n++) {
    await expect(page.getByText(`Vraag ${n} van 5`)).toBeVisible();
    await j.tap(page.getByLabel(n === 2 ? /^Nee/ : 'Ja', { exact: n !== 2 }));
    await j.tap(page.getByRole('button', { name: 'Verder' }));
    if (n === 2) {
      await j.arrived(h1.filter({ hasText: 'Uitleg bij vraag 2' }));
      await j.tap(page.getByRole('link', { name: 'Verder' }));
    }
  }
  await j.arrived(h1.filter({ hasText: 'Je hebt alle vragen beantwoord' }));
  await j.tap(page.getByLabel('Ja, dit deel is klaar'));
  await j.tap(page.getByRole('button', { name: 'Opslaan en naar het overzicht' }));
  await j.arrived(page.getByRole('heading', { level: 1, name: /Bereid het gesprek voor/ }));

  await j.tap(page.getByRole('link', { name: 'Persoonlijk plan' }));
  await j.tap(page.getByRole('link', { name: /Werkblad 1/ }));
  await j.type(page.getByRole('textbox', { name: 'Naam', exact: true }), 'Riet de Boer');
  await j.type(page.getByRole('textbox', { name: 'Adres' }), 'Dorpsstraat 12, 8011 AB Zwolle');
  await j.type(page.getByRole('textbox', { name: /Leeftijd in jaren/ }), '78');
  await j.type(
    page.getByRole('textbox', { name: 'Zorg van beroepskrachten of vrijwilligers' }),
    'Thuiszorg komt twee keer per week om te helpen met douchen.',
  );
  await j.type(
    page.getByRole('textbox', { name: 'Mantelzorg op dit moment' }),
    'Mijn dochter doet op zaterdag de boodschappen.',
  );
  await j.type(
    page.getByRole('textbox', { name: 'Woonsituatie' }),
    'Ik woon alleen in een flat op drie hoog. De lift is vaak stuk.',
  );
  await j.tap(page.getByRole('button', { name: 'Opslaan en verder' }));
  await j.arrived(h1.filter({ hasText: 'Waar loop ik tegenaan?' }));
  await j.tap(page.getByLabel('Wonen'));
  await j.tap(page.getByRole('button', { name: 'Opslaan en verder' }));
  await j.type(
    page.getByRole('textbox'),
    'De trap is te steil voor mij. Als de lift stuk is, kom ik niet buiten.',
  );
  // She stops after worksheet 2: every worksheet page ends with the way to the overview, whose
  // first box says what to do next, the melding date.
  await j.tap(page.getByRole('button', { name: 'Opslaan en naar het overzicht' }));
  await j.arrived(page.getByRole('heading', { level: 1, name: /Bereid het gesprek voor/ }));
  await j.tap(page.getByRole('link', { name: 'Datum van de melding invullen' }));
  await j.type(page.getByRole('textbox', { name: 'Datum van de melding' }), 'vandaag');
  // The date is saved as she types it and said back in words; the overview then shows her deadline.
  await expect(page.getByText(/^Dat is /)).toBeVisible();
  await j.tap(page.getByRole('link', { name: /Terug$/ }).first());
  await j.arrived(page.getByRole('heading', { level: 1, name: /Bereid het gesprek voor/ }));
  await expect(page.getByRole('region', { name: 'Wat je nu kunt doen' })).toContainText(
    'uiterlijk',
  );
  await j.tap(page.getByRole('link', { name: 'Het plan printen of opslaan als PDF' }));

  const download = page.waitForEvent('download');
  await j.tap(page.getByRole('button', { name: /^Download het plan/ }));
  const file = await download;
  const text = (await pdfText((await file.path()) ?? '')).pages.join(' ');
  expect(text).toContain('Riet de Boer');
  expect(text).toContain('De trap is te steil');
  console.log(
    `Resident's journey at 390 x 844, touch: ${j.summary()} (before issue 17: 31 screens, 57 taps, 549 key presses).`,
  );
});
