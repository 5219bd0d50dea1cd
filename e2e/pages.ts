import { expect, type Locator, type Page } from '@playwright/test';

/** Makes a dossier through the wizard, as a resident would, and ends on its overview. */
export async function createDossier(
  page: Page,
  who: { personName?: string; helper?: string } = {},
): Promise<string> {
  await page.goto('/dossiers/nieuw');
  await page.getByLabel(who.personName ? 'Voor iemand anders' : 'Voor mezelf').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  if (who.personName) {
    await page.getByLabel('Voornaam').fill(who.personName);
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  if (who.helper) await page.getByLabel(/Naam van wie helpt/).fill(who.helper);
  await page.getByRole('button', { name: 'Maak het dossier' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bereid het gesprek voor' }),
  ).toBeVisible();
  const id = /\/dossiers\/([^/]+)$/.exec(page.url())?.[1];
  if (!id) throw new Error(`No dossier id in ${page.url()}`);
  return id;
}

/** Waits until the service worker controls the page, so that offline reloads work. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return !!reg.active && !!navigator.serviceWorker.controller;
  });
}

/**
 * Keyboard only: presses Tab (or Shift+Tab) until `target` has focus, and counts the key presses.
 * At every Tab stop it checks that the focus can be seen: an outline in a visible colour or a
 * box-shadow (WCAG 2.4.7), and that the focused text still reads at 4.5:1 against the background
 * it has while focused. Stops that fail are collected in `focusProblems`.
 */
export class Keyboard {
  presses = 0;
  stops = 0;
  readonly focusProblems: string[] = [];
  constructor(private readonly page: Page) {}

  async tabTo(target: Locator, max = 60): Promise<void> {
    await this.moveTo(target, 'Tab', max);
  }

  async tabBackTo(target: Locator, max = 60): Promise<void> {
    await this.moveTo(target, 'Shift+Tab', max);
  }

  async press(key: string): Promise<void> {
    this.presses += 1;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.presses += text.length;
    await this.page.keyboard.type(text);
  }

  /** Tabs through every stop on the page, checking each, until focus leaves the page. */
  async tabThroughPage(max = 150): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.press('Tab');
      const stop = await focusIndicator(this.page);
      if (!stop) return;
      this.check(stop);
    }
    throw new Error(`Tab did not leave the page within ${max} presses`);
  }

  private check(stop: { element: string; visible: boolean; contrast: number }): void {
    this.stops += 1;
    if (!stop.visible) this.focusProblems.push(`${stop.element}: no visible focus`);
    if (stop.contrast < 4.5)
      this.focusProblems.push(`${stop.element}: text ${stop.contrast.toFixed(2)}:1 on focus`);
  }

  private async moveTo(target: Locator, key: string, max: number): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.press(key);
      const stop = await focusIndicator(this.page);
      if (stop) this.check(stop);
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`${key} never reached ${target.toString()}`);
  }
}

/** The focused element, whether its focus shows, and its text contrast; null when nothing has focus. */
async function focusIndicator(
  page: Page,
): Promise<{ element: string; visible: boolean; contrast: number } | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rgba = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const transparent = (color: string) => color === 'transparent' || rgba(color)[3] === 0;
    const outline =
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) > 0 &&
      !transparent(style.outlineColor);
    const shadow = style.boxShadow !== 'none';
    // The background behind the text: the nearest opaque one, from the element outwards.
    let background = 'rgb(255, 255, 255)';
    for (let e: Element | null = el; e; e = e.parentElement) {
      const b = getComputedStyle(e).backgroundColor;
      if ((rgba(b)[3] ?? 1) === 1 && !transparent(b)) {
        background = b;
        break;
      }
    }
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = rgba(color).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [light, dark] = [luminance(style.color), luminance(background)].sort((a, b) => b - a);
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      element: `${el.tagName.toLowerCase()}#${el.id} "${text}"`,
      visible: outline || shadow,
      contrast: text ? ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05) : 21,
    };
  });
}

export type Theme = 'auto' | 'light' | 'dark' | 'contrast';
export interface Preferences {
  language?: 'nl' | 'en';
  textSize?: 100 | 125 | 150 | 175 | 200;
  theme?: Theme;
}

/**
 * Stores UI preferences as the app does (src/features/settings/preferences.ts); they apply on
 * the next page load, before the first paint. The page must already be on the app's origin.
 */
export async function setPreferences(page: Page, prefs: Preferences): Promise<void> {
  const state = { language: 'nl', textSize: 100, theme: 'auto', ...prefs };
  await page.evaluate(
    (s) => localStorage.setItem('aantafel-preferences', JSON.stringify({ state: s, version: 1 })),
    state,
  );
}

/** Opens a page and waits until its <h1> shows and the fonts are in, so the page is complete. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // A page with personal data first opens the database and reads the lock: on a busy machine that
  // can take longer than the default 5 s. This only waits longer; it asserts no speed.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/**
 * A dossier for someone else (Ans, with help from Kees) with real content on every page: all
 * five questions answered (vraag 2 "nee", with a tick and a mark), two worksheets, a date, own
 * questions for the gesprek. Returns its id.
 */
export async function createFilledDossier(page: Page): Promise<string> {
  const id = await createDossier(page, { personName: 'Ans', helper: 'Kees' });
  const d = `/dossiers/${id}`;
  const h1 = page.getByRole('heading', { level: 1 });
  for (let n = 1; n <= 5; n++) {
    await page.goto(`${d}/vragen/vraag-${n}`);
    await page.getByLabel(n === 2 ? 'Nee' : 'Ja', { exact: true }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.getByText(`Vraag ${n} van 5`)).toHaveCount(0);
    if (n === 2) {
      await expect(h1).toContainText('Uitleg bij vraag 2');
      // The list to check is folded below the short answer (issue 17, item 2).
      await page.locator('summary', { hasText: 'Dit kan Ans nakijken' }).click();
      await page.getByRole('checkbox').first().check();
      await page.getByRole('button', { name: /^Lees dit later nog eens/ }).click();
      await expect(page.getByRole('button', { pressed: true }).first()).toBeVisible();
    }
  }
  await page.goto(`${d}/plan/voorstellen`);
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Ans de Vries');
  await page
    .getByRole('textbox', { name: 'Woonsituatie' })
    .fill('Een bovenwoning zonder lift. De trap is steil.');
  await page.getByRole('checkbox', { name: /Woonsituatie/ }).check();
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  // "Opslaan en verder" goes on to the next worksheet (issue 17, item 11).
  await expect(h1).toContainText('Waar loopt Ans tegenaan?');
  await page.goto(`${d}/plan/knelpunten`);
  await page.getByLabel('Wonen').check();
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByText('Onderwerp 1 van 1')).toBeVisible();
  await page.getByRole('textbox').fill('Ik kom de trap niet meer op.');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(h1).toContainText('Wat kan Ans zelf of met hulp oplossen?');
  await page.goto(`${d}/data`);
  await page.getByRole('textbox', { name: 'Datum van de melding' }).fill('2-3-2026');
  await page.getByRole('button', { name: 'Bekijk je termijnen' }).click();
  await expect(h1).toContainText('Je termijnen');
  await page.goto(`${d}/tijdens`);
  await page
    .getByRole('textbox', { name: 'Jouw vragen voor het gesprek' })
    .fill('Hoe lang duurt het?');
  await page.getByRole('textbox', { name: 'Jouw vragen voor het gesprek' }).blur();
  return id;
}

/** One path for every route in src/app/router.tsx, with the filled dossier where one is needed. */
export function everyRoute(id: string): string[] {
  const d = `/dossiers/${id}`;
  return [
    '/',
    '/dossiers',
    '/dossiers/nieuw',
    '/dossiers/nieuw/naam?voor=ander',
    '/dossiers/nieuw/hulp?voor=ander&naam=Wim',
    `${d}/naam`,
    `${d}/verwijderen`,
    d,
    `${d}/vragen/vraag-1`,
    `${d}/vragen/vraag-2`,
    `${d}/vragen/vraag-2/uitleg`,
    `${d}/vragen/vraag-5/uitleg`,
    `${d}/vragen/klaar`,
    `${d}/teruglezen`,
    `${d}/plan`,
    `${d}/plan/voorstellen`,
    `${d}/plan/knelpunten`,
    `${d}/plan/knelpunten/knelpunt-wonen`,
    `${d}/plan/zelf-oplossen`,
    `${d}/plan/ondersteuning`,
    `${d}/plan/vorm`,
    `${d}/plan/mantelzorger`,
    `${d}/plan/controleren`,
    `${d}/data`,
    `${d}/data/tijdlijn`,
    `${d}/pdf`,
    `${d}/pdf/printen`,
    `${d}/lijst-afdrukken`,
    `${d}/tijdens`,
    `${d}/gesprek`,
    `${d}/na`,
    `${d}/verslag`,
    `${d}/brieven`,
    `${d}/brieven/aanvraag`,
    `${d}/brieven/bezwaar`,
    `${d}/bestaat-niet`,
    '/dossiers/bestaat-niet',
    '/over-het-gesprek',
    '/over-het-gesprek/stappen',
    '/over-het-gesprek/tijdens',
    '/over-het-gesprek/na',
    '/over-het-gesprek/zorgen-en-rechten',
    '/over-het-gesprek/begrippen',
    '/reservekopie',
    '/op-beginscherm',
    '/vergrendeling',
    '/wis-alles',
    '/instellingen',
    '/over-deze-app',
    '/voorbeeld',
    '/toegankelijkheid',
    '/bestaat-niet',
  ];
}

/** How far the page scrolls sideways (WCAG 1.4.10 reflow wants 0). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * Every target smaller than 44×44 CSS px (WCAG 2.5.5, beyond the AA 24 px): buttons, links styled
 * as buttons, fields, summaries, the labels of radios and checkboxes, and links that stand on
 * their own. Links inside running text (a `p` or `li`) are exempt, as WCAG 2.5.8 allows.
 */
export async function smallTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((min) => {
    const fields =
      'button, a, select, textarea, summary, label, input:not([type=hidden], [type=radio], [type=checkbox])';
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className}` : '';
      return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`;
    };
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(fields)) {
      if (el instanceof HTMLLabelElement) {
        const type = el.control instanceof HTMLInputElement ? el.control.type : '';
        if (type !== 'radio' && type !== 'checkbox') continue;
      }
      if (el instanceof HTMLAnchorElement && !el.classList.contains('button')) {
        if (el.closest('p, li')) continue;
      }
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue; // not shown
      if (box.width < min - 0.01 || box.height < min - 0.01) {
        small.push(`${describe(el)}: ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
      }
    }
    return small;
  }, min);
}
