import { sharedFilledDossier } from './sharedDossier';
import { expect, test, type Locator, type Page } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier, everyRoute, openPage, setPreferences, type Preferences } from './pages';

/*
 * axe (WCAG 2.0–2.2 A and AA) on every route, in several configurations, with one filled dossier
 * made once and shared. One test per configuration; a failure lists every route that failed.
 */

interface Configuration {
  name: string;
  viewport: { width: number; height: number };
  prefs: Preferences;
  colorScheme?: 'light' | 'dark';
}

const desktop = { width: 1280, height: 1024 };
const phone = { width: 390, height: 844 };
const nlDesktop: Configuration = {
  name: 'nl, desktop 1280 px',
  viewport: desktop,
  prefs: { language: 'nl' },
};
const configurations: Configuration[] = [
  nlDesktop,
  { name: 'en, phone 390 px', viewport: phone, prefs: { language: 'en' } },
  { name: 'nl, phone 390 px, text 200%', viewport: phone, prefs: { textSize: 200 } },
  { name: 'nl, desktop, system in dark mode', viewport: desktop, prefs: {}, colorScheme: 'dark' },
  {
    name: 'nl, phone 390 px, high-contrast theme',
    viewport: phone,
    prefs: { theme: 'contrast' },
  },
];

test.describe('axe on every route', () => {
  const dossier = sharedFilledDossier();

  for (const config of configurations) {
    test(config.name, async () => {
      const routes = everyRoute(dossier.id);
      test.setTimeout(routes.length * 5_000);
      await dossier.page.setViewportSize(config.viewport);
      await dossier.page.emulateMedia({ colorScheme: config.colorScheme ?? 'light' });
      await setPreferences(dossier.page, config.prefs);
      const failures: string[] = [];
      for (const path of routes) {
        await openPage(dossier.page, path);
        await expect(dossier.page.locator('html')).toHaveAttribute(
          'lang',
          config.prefs.language ?? 'nl',
        );
        try {
          await expectNoAxeViolations(dossier.page);
        } catch (error) {
          failures.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      expect(failures, `axe violations (${config.name})`).toEqual([]);
    });
  }
});

/*
 * Error states: every form that can show an error summary. Each must be axe-clean, put "Fout: "
 * before the title, focus the summary, and each link in the summary must move focus to its field.
 */

async function expectErrorState(page: Page, summaryText: string | RegExp): Promise<void> {
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText(summaryText);
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: /);
  await expectNoAxeViolations(page);
  const links = summary.getByRole('link');
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href, 'an error summary link points to a field').toMatch(/^#./);
    await link.click();
    await expect(page.locator(`[id="${href.slice(1)}"]`)).toBeFocused();
  }
}

const button = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

const errorConfigs: Configuration[] = [
  nlDesktop,
  { name: 'nl, phone 390 px, dark theme', viewport: phone, prefs: { theme: 'dark' } },
];

for (const config of errorConfigs) {
  test.describe(`error states (${config.name})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize(config.viewport);
      await page.emulateMedia({ colorScheme: config.colorScheme ?? 'light' });
      await page.goto('/');
      await setPreferences(page, config.prefs);
    });

    test('new dossier, rename, questions, worksheets, dates, part done', async ({ page }) => {
      await openPage(page, '/dossiers/nieuw');
      await button(page, 'Verder').click();
      await expectErrorState(page, 'Kies voor wie');

      await openPage(page, '/dossiers/nieuw/naam?voor=ander');
      await button(page, 'Verder').click();
      await expectErrorState(page, 'naam');

      await openPage(page, '/dossiers/nieuw/hulp?voor=ander&naam=Wim');
      await page.getByLabel(/Naam van wie helpt/).fill('K'.repeat(61));
      await button(page, 'Maak het dossier').click();
      await expectErrorState(page, 'te lang');

      const id = await createDossier(page, { personName: 'Wim' });
      const d = `/dossiers/${id}`;
      await openPage(page, `${d}/naam`);
      await page.getByLabel('Naam van het dossier').fill('');
      await button(page, 'Naam opslaan').click();
      await expectErrorState(page, 'Vul een naam in voor het dossier.');

      await openPage(page, `${d}/vragen/vraag-1`);
      await button(page, 'Verder').click();
      await expectErrorState(page, 'Kies een antwoord.');

      await openPage(page, `${d}/vragen/klaar`);
      await button(page, 'Opslaan en naar het overzicht').click();
      await expectErrorState(page, 'Kies of je klaar bent met dit deel.');

      // Two fields wrong at once: two links, each to its own field.
      await openPage(page, `${d}/plan/voorstellen`);
      await page.locator('#leeftijd-text').fill('200');
      await page.getByRole('textbox', { name: 'Woonsituatie' }).fill('x'.repeat(1003));
      await button(page, 'Opslaan en verder').click();
      await expectErrorState(page, '3 tekens te lang');
      await expect(page.locator('.error-summary').getByRole('link')).toHaveCount(2);

      await openPage(page, `${d}/plan/knelpunten`);
      await page.getByLabel('Wonen').check();
      await button(page, 'Opslaan en verder').click();
      await expect(page.getByText('Onderwerp 1 van 1')).toBeVisible();
      await page.getByRole('textbox').fill('x'.repeat(1005));
      await button(page, 'Opslaan en verder').click();
      await expectErrorState(page, '5 tekens te lang');

      await openPage(page, `${d}/data`);
      await page.getByRole('textbox', { name: 'Datum van de melding' }).fill('2-3-2026');
      await page
        .getByRole('textbox', { name: 'Datum waarop de gemeente je aanvraag kreeg' })
        .fill('1-2-2026');
      await page.getByRole('textbox', { name: 'Datum van het gesprek' }).fill('31-2-2026');
      await button(page, 'Bekijk je termijnen').click();
      await expectErrorState(page, 'een bestaande datum');
      await expect(page.locator('.error-summary').getByRole('link')).toHaveCount(2);
    });

    test('backup, restore, wipe, lock and unlock', async ({ page }) => {
      await createDossier(page, { personName: 'Wim' });
      await openPage(page, '/reservekopie');
      await page.getByLabel('Beveilig het bestand met een wachtwoordzin').check();
      await page.getByLabel('Kies een wachtwoordzin').fill('blauwe fiets op zondag');
      await page.getByLabel('Typ de wachtwoordzin nog een keer').fill('iets anders dan dat');
      await button(page, 'Download de reservekopie').click();
      await expectErrorState(page, 'niet gelijk');

      await openPage(page, '/reservekopie');
      await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles({
        name: 'kapot.aantafel.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{kapot'),
      });
      await expectErrorState(page, 'kan de app niet lezen');

      await openPage(page, '/wis-alles');
      await button(page, 'Wis alles').click();
      await expectErrorState(page, 'Vink eerst aan');

      const passphrase = 'blauwe fiets op zondag';
      await openPage(page, '/vergrendeling');
      await page.getByLabel('Kies een wachtwoordzin').fill('kort');
      await button(page, 'Zet de vergrendeling aan').click();
      await expectErrorState(page, 'minstens 8 tekens');
      await page.getByLabel('Kies een wachtwoordzin').fill(passphrase);
      await page.getByLabel('Typ de wachtwoordzin nog een keer').fill(passphrase);
      await button(page, 'Zet de vergrendeling aan').click();
      await expect(page.getByText('De vergrendeling staat nu aan.')).toBeVisible();

      // A reload locks the app: the unlock page, with a wrong passphrase.
      await openPage(page, '/dossiers');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('De app is vergrendeld');
      await expectNoAxeViolations(page);
      await page.getByLabel('Wachtwoordzin').fill('blauwe fiets op maandag');
      await button(page, 'Ontgrendel').click();
      await expectErrorState(page, 'Deze wachtwoordzin klopt niet.');
      await page.getByLabel('Wachtwoordzin').fill(passphrase);
      await button(page, 'Ontgrendel').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je dossiers');

      // Turning the lock off asks for the passphrase again (the reload locked the app again).
      await openPage(page, '/vergrendeling');
      await page.getByLabel('Wachtwoordzin').fill(passphrase);
      await button(page, 'Ontgrendel').click();
      await expect(button(page, 'Zet de vergrendeling uit')).toBeVisible();
      await page.getByLabel('Wachtwoordzin').fill('blauwe fiets op maandag');
      await button(page, 'Zet de vergrendeling uit').click();
      await expectErrorState(page, 'Deze wachtwoordzin klopt niet.');
    });
  });
}

test.describe('themes', () => {
  const colours = (page: Page) =>
    page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const nav = document.querySelector('.site-nav a:not([aria-current])');
      return {
        background: body.backgroundColor,
        text: body.color,
        navUnderline: nav ? getComputedStyle(nav).textDecorationLine : '',
      };
    });

  test('high contrast, chosen in instellingen, changes the colours and survives a reload', async ({
    page,
  }) => {
    await openPage(page, '/instellingen');
    const before = await colours(page);
    expect(before.navUnderline).toBe('none');
    await page.getByRole('radio', { name: /^Hoog contrast/ }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    await expect(
      page.getByRole('status').filter({ hasText: 'Je keuze is bewaard.' }),
    ).toBeVisible();
    const contrast = {
      background: 'rgb(255, 255, 255)',
      text: 'rgb(0, 0, 0)',
      navUnderline: 'underline',
    };
    expect(await colours(page)).toEqual(contrast);
    expect(contrast).not.toEqual(before);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    await expect(page.getByRole('radio', { name: /^Hoog contrast/ })).toBeChecked();
    expect(await colours(page)).toEqual(contrast);
    // Applied before the app starts (src/boot/preferences.js), on any page.
    await openPage(page, '/over-het-gesprek');
    expect(await colours(page)).toEqual(contrast);
  });

  test('"like your device" follows the system; light and dark override it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPage(page, '/instellingen');
    await expect(page.getByRole('radio', { name: /^Zoals op je apparaat/ })).toBeChecked();
    const dark = await colours(page);
    expect(dark.background).toBe('rgb(18, 20, 23)');
    await page.getByRole('radio', { name: /^Licht/ }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const light = await colours(page);
    expect(light.background).toBe('rgb(251, 248, 243)');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('radio', { name: /^Donker/ }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await colours(page)).toEqual(dark);
    await page.reload();
    await expect(page.getByRole('radio', { name: /^Donker/ })).toBeChecked();
    expect(await colours(page)).toEqual(dark);
    // A printout is dark text on white paper, whatever the screen shows.
    await page.emulateMedia({ media: 'print' });
    expect((await colours(page)).text).toBe('rgb(27, 27, 25)');
  });

  test('with reduced motion nothing moves: no transitions, animations or smooth scrolling', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const path of ['/', '/over-het-gesprek/begrippen', '/instellingen']) {
      await openPage(page, path);
      const moving = await page.evaluate(() =>
        [document.documentElement, ...document.querySelectorAll('body *')]
          .map((el) => ({ el, style: getComputedStyle(el) }))
          .filter(
            ({ style }) =>
              style.scrollBehavior === 'smooth' ||
              style.animationName !== 'none' ||
              style.transitionDuration.split(',').some((d) => parseFloat(d) > 0),
          )
          .map(({ el }) => `${el.tagName.toLowerCase()}.${el.className}`),
      );
      expect(moving, path).toEqual([]);
    }
  });
});
