// The set-up plan of a fresh machine (setup.mjs), with what is installed faked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { miniBrowser } from './paths.mjs';
import { plan } from './setup.mjs';

const all = ['chromium', 'WebKitWebDriver', miniBrowser, 'xvfb-run', 'xauth', 'firefox-esr'];
const without =
  (...gone) =>
  (command) =>
    all.includes(command) && !gone.includes(command);

test('with every browser there, nothing is installed or skipped', () => {
  assert.deepEqual(plan({ has: without(), chromium: true, canInstall: true }), {
    install: [],
    skip: [],
    command: '',
  });
});

test('as root with apt-get, the missing packages are installed', () => {
  const p = plan({ has: without('chromium', 'firefox-esr'), chromium: false, canInstall: true });
  assert.deepEqual(p.install, ['chromium', 'firefox-esr']);
  assert.deepEqual(p.skip, []);
});

test('elsewhere, the engines are skipped by name, with the exact command', () => {
  const p = plan({
    has: without('WebKitWebDriver', 'firefox-esr'),
    chromium: true,
    canInstall: false,
  });
  assert.deepEqual(p.install, []);
  assert.deepEqual(
    p.skip.map((s) => s.name),
    ['webkit', 'firefox'],
  );
  assert.equal(
    p.command,
    'sudo apt-get update && sudo apt-get install -y webkit2gtk-driver xvfb xauth firefox-esr',
  );
});

test('WebKit counts as missing without its MiniBrowser, even with the driver there', () => {
  const p = plan({ has: without(miniBrowser), chromium: true, canInstall: false });
  assert.deepEqual(p.skip, [{ name: 'webkit', packages: ['webkit2gtk-driver', 'xvfb', 'xauth'] }]);
});

test('a Chromium found elsewhere (CHROME_PATH, Playwright) is enough', () => {
  const p = plan({ has: without('chromium'), chromium: true, canInstall: false });
  assert.deepEqual(p.skip, []);
});
