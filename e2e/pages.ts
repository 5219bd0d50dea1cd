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

/** Keyboard only: presses Tab until `target` has focus, and counts the key presses. */
export class Keyboard {
  presses = 0;
  constructor(private readonly page: Page) {}

  async tabTo(target: Locator, max = 60): Promise<void> {
    for (let i = 0; i < max; i++) {
      this.presses += 1;
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  async press(key: string): Promise<void> {
    this.presses += 1;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.presses += text.length;
    await this.page.keyboard.type(text);
  }
}
