import type { Locator, Page } from '@playwright/test';

/**
 * Counts what a resident on a phone does (issue 17, "Measured, not guessed"): the screens she
 * sees, the taps she makes and the keys she presses. A screen is every new page, and every
 * screen-height she must scroll down to reach what she taps next. Taps are touch taps (the page
 * runs with hasTouch); keys are the characters she types.
 */
export class Journey {
  screens = 0;
  taps = 0;
  keys = 0;
  private url = '';
  private scrolledTo = 0;

  constructor(private readonly page: Page) {}

  /** A page shown anew (a navigation): one more screen, seen from the top. */
  private async seeNewPage(): Promise<void> {
    const url = this.page.url();
    if (url === this.url) return;
    this.url = url;
    this.screens += 1;
    this.scrolledTo = 0;
  }

  async start(path: string): Promise<void> {
    await this.page.goto(path);
    await this.seeNewPage();
  }

  /** She scrolls down, a screen at a time, until the whole target is on the screen. */
  private async reach(target: Locator): Promise<void> {
    await this.seeNewPage();
    const box = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
    });
    const height = this.page.viewportSize()?.height ?? 844;
    while (box.bottom > this.scrolledTo + height) {
      this.scrolledTo += height;
      this.screens += 1;
    }
    await target.scrollIntoViewIfNeeded();
  }

  async tap(target: Locator): Promise<void> {
    await target.waitFor();
    await this.reach(target);
    this.taps += 1;
    await target.tap();
  }

  /** Taps the field, then types the text: every character one key. */
  async type(field: Locator, text: string): Promise<void> {
    await this.tap(field);
    this.keys += [...text].length;
    await field.pressSequentially(text);
  }

  /** After a tap that loads a new page: wait for it, and count it. */
  async arrived(heading: Locator): Promise<void> {
    await heading.waitFor();
    await this.seeNewPage();
  }

  summary(): string {
    return `${this.screens} screens, ${this.taps} taps, ${this.keys} key presses`;
  }
}
