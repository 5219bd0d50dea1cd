// WebKit: WebKitGTK's MiniBrowser, driven by WebKitWebDriver (WebDriver classic, no BiDi) under
// a virtual X server. Quirks (../shared/docs/toolchain.md): no console API (page/errors.js
// collects errors), fresh storage per session, no offline emulation (the server stops),
// downloads land in $HOME, and the window is at least about 447 CSS px wide.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remote } from 'webdriverio';
import { miniBrowser } from './paths.mjs';
import { freePort, stopGroup, waitUntil } from './process.mjs';

/** Starts WebKitWebDriver and one MiniBrowser session; `server` is the app (server.mjs). */
export async function startWebKit({ server }) {
  if (!existsSync(miniBrowser)) throw new Error(`No MiniBrowser at ${miniBrowser}`);
  // Downloads go to $HOME: give the driver (and the browser it starts) a HOME of its own.
  const home = mkdtempSync(join(tmpdir(), 'aantafel-webkit-'));
  const driverPort = await freePort();
  const driver = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1600x1400x24', 'WebKitWebDriver', `--port=${driverPort}`],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HOME: home } },
  );
  let driverLog = '';
  driver.stderr.on('data', (d) => (driverLog += d));
  // Whatever happens to this process, the driver's group (Xvfb too) and the HOME go with it.
  const leftovers = () => {
    try {
      process.kill(-driver.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(home, { recursive: true, force: true });
  };
  process.once('exit', leftovers);
  const cleanUp = async () => {
    await stopGroup(driver);
    rmSync(home, { recursive: true, force: true });
    process.off('exit', leftovers);
  };
  let session;
  try {
    await waitUntil(
      async () => (await fetch(`http://127.0.0.1:${driverPort}/status`).catch(() => null))?.ok,
      20_000,
      `WebKitWebDriver did not start: ${driverLog}`,
    );
    session = await remote({
      hostname: '127.0.0.1',
      port: driverPort,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
  } catch (e) {
    await cleanUp();
    throw e;
  }
  const version = session.capabilities.browserVersion;
  await session.setWindowSize(1280, 1000);
  const element = async (fn, ...args) => {
    const found = await session.execute(fn, ...args);
    return found ? session.$(found) : null;
  };
  return {
    name: 'webkit',
    version: `WebKitGTK ${version}`,
    baseUrl: server.url,
    downloads: home,
    evaluate: (fn, ...args) => session.execute(fn, ...args),
    element,
    click: (el) => el.click(),
    type: (el, text) => el.addValue(text),
    upload: (el, path) => el.addValue(path),
    navigate: (url) => session.url(url),
    reloadPage: () => session.refresh(),
    async setWidth(px) {
      await session.setWindowSize(px, 1000);
      return session.execute(() => document.documentElement.clientWidth);
    },
    setOffline: (on) => (on ? server.stop() : server.start()),
    nativeErrors: () => [],
    async close() {
      try {
        await session.deleteSession();
      } finally {
        await cleanUp();
      }
    },
  };
}
