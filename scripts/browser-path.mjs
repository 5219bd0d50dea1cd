// Finds a Chromium for Playwright: CHROME_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own download. Fails with a message that says how to get one.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The flags every Chromium run here uses: no sandbox (root in CI), no GPU, and no background
 * traffic to Google's services, which this machine's closed network refuses.
 */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to use, or undefined when there is none. */
export function findBrowserPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // none of Playwright's own either
  }
  return undefined;
}

export function browserPath() {
  const found = findBrowserPath();
  if (found) return found;
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      'Install one of these, then run the command again:',
      '  Debian/Ubuntu: sudo apt-get install -y chromium',
      '  any system:    npx playwright install chromium',
      '  or point CHROME_PATH at a Chrome/Chromium binary.',
    ].join('\n'),
  );
}
