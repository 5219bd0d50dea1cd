// Renders public/favicon.svg to the PNG icons the manifest needs, with Debian's Chromium.
// Run `npm run icons` after changing the SVG; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { browserPath } from './browser-path.mjs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const targets = [
  { file: 'public/icon-192.png', size: 192, maskable: false },
  { file: 'public/icon-512.png', size: 512, maskable: false },
  { file: 'public/apple-touch-icon.png', size: 180, maskable: true },
  { file: 'public/icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const { file, size, maskable } of targets) {
  await page.setViewportSize({ width: size, height: size });
  // Maskable icons keep the drawing inside the 80% safe zone on a full-bleed background.
  const inner = maskable ? Math.round(size * 0.72) : size;
  const html = `<html><body style="margin:0;background:${maskable ? '#0b5563' : 'transparent'};display:grid;place-items:center;width:${size}px;height:${size}px">
    <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`;
  await page.setContent(html);
  await page.screenshot({ path: file, omitBackground: !maskable });
  console.log(`wrote ${file}`);
}
await browser.close();
