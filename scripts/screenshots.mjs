// Takes the screenshots used by the README and the web app manifest, from the production
// build (`npm run build` first). Usage: node scripts/screenshots.mjs
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { browserPath } from './browser-path.mjs';

const server = spawn('npx', ['vite', 'preview', '--port', '4174', '--strictPort'], {
  stdio: 'ignore',
});
const base = 'http://localhost:4174';
try {
  const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox'] });
  mkdirSync('public/screenshots', { recursive: true });
  for (const { name, width, height } of [
    { name: 'start-narrow', width: 390, height: 844 },
    { name: 'start-wide', width: 1280, height: 800 },
  ]) {
    const page = await browser.newPage({ viewport: { width, height } });
    for (let i = 0; i < 50; i++) {
      const ok = await page.goto(base).then(
        () => true,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.screenshot({ path: `public/screenshots/${name}.png` });
    console.log(`wrote public/screenshots/${name}.png`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
