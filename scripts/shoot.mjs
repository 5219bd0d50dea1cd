/* global document, window */
// Screenshot of one page of a running preview (npm start), to look at what you build.
// Usage: node scripts/shoot.mjs <path> <out.png> [width=390] [textSize=100] [lang=nl]
// Prints any element that sticks out past the right edge (a reflow problem).
import { chromium } from '@playwright/test';
import { browserPath } from './browser-path.mjs';

const [, , path = '/', out = 'shot.png', width = '390', size = '100', lang = 'nl'] = process.argv;
const base = process.env.BASE_URL ?? 'http://localhost:4173';
const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
await page.goto(base);
await page.evaluate(
  ([s, l]) =>
    localStorage.setItem(
      'aantafel-preferences',
      JSON.stringify({ state: { language: l, textSize: Number(s) }, version: 1 }),
    ),
  [size, lang],
);
await page.goto(base + path);
await page.getByRole('heading', { level: 1 }).waitFor();
const wide = await page.evaluate(() =>
  [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
    .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
);
if (wide.length) console.log(`${path}: wider than the screen:`, wide.slice(0, 8));
// SHOT_FULL=0 takes only the first screen (1400 px tall), to look at details.
if (process.env.SHOT_FULL === '0')
  await page.setViewportSize({ width: Number(width), height: 1400 });
await page.screenshot({ path: out, fullPage: process.env.SHOT_FULL !== '0' });
await browser.close();
