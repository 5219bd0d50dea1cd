// Firefox: Debian's firefox-esr, headless, driven by puppeteer-core 24 over WebDriver BiDi
// (no geckodriver in Debian; puppeteer-core 25 needs Node 22.12). pdf.js is off and downloads go
// to a folder of our own, or every PDF opens in a tab and the app's tab is throttled.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { firefoxPath } from './paths.mjs';

// lighthouse brings puppeteer-core 25 (nested under it); this must be our own pinned 24.
const { version: puppeteerVersion } = createRequire(import.meta.url)('puppeteer-core/package.json');
if (!puppeteerVersion.startsWith('24.')) {
  throw new Error(`puppeteer-core ${puppeteerVersion} found; the Firefox journeys need 24.x`);
}

export async function startFirefox({ server }) {
  const downloads = mkdtempSync(join(tmpdir(), 'aantafel-firefox-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      extraPrefsFirefox: {
        'pdfjs.disabled': true,
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
    });
  } catch (e) {
    rmSync(downloads, { recursive: true, force: true });
    throw e;
  }
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1280, height: 1000 });
  const errors = [];
  // From a navigation's start until the new page is there, errors belong to the page being left.
  let leaving = false;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) leaving = false;
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !leaving) errors.push(`console: ${m.text()}`);
  });
  const navigate = async (go) => {
    leaving = true;
    await go();
  };
  // Uncaught errors are collected in the page (page/errors.js), which can tell them from what a
  // page being left cancels; the console is Firefox's own.
  const version = await browser.version();
  return {
    name: 'firefox',
    version,
    baseUrl: server.url,
    downloads,
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    async element(fn, ...args) {
      const handle = await page.evaluateHandle(fn, ...args);
      const el = handle.asElement();
      if (!el) await handle.dispose();
      return el;
    },
    click: (el) => el.click(),
    type: (el, text) => el.type(text),
    upload: (el, path) => el.uploadFile(path),
    navigate: (url) => navigate(() => page.goto(url)),
    reloadPage: () => navigate(() => page.reload()),
    async setWidth(px) {
      await page.setViewport({ width: px, height: 800 });
      return page.evaluate(() => document.documentElement.clientWidth);
    },
    setOffline: (on) => page.setOfflineMode(on),
    nativeErrors: () => errors,
    async close() {
      try {
        await browser.close();
      } finally {
        rmSync(downloads, { recursive: true, force: true });
      }
    },
  };
}
