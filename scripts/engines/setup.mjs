// What the browser tests need on this machine, and getting it (issue 18, part 2). As root with
// apt-get, `npm test` installs the missing Debian packages itself; elsewhere it says the exact
// command, runs what it can, and names the engines it skips.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { miniBrowser } from './paths.mjs';

/** Each engine, what it needs, and the Debian packages that bring it. */
export const engines = [
  { name: 'chromium', needs: ['chromium'], packages: ['chromium'] },
  {
    name: 'webkit',
    needs: ['WebKitWebDriver', miniBrowser, 'xvfb-run', 'xauth'],
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
  },
  { name: 'firefox', needs: ['firefox-esr'], packages: ['firefox-esr'] },
];

/** True when `command` is an existing absolute path or a program on PATH. */
export function found(command) {
  if (command.startsWith('/')) return existsSync(command);
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir && existsSync(join(dir, command)));
}

/**
 * The plan, from what is there: `has(command)` says whether a program exists, `chromium` whether
 * a Chromium was found otherwise (CHROME_PATH, Playwright's own), `canInstall` whether this is
 * root with apt-get (and AANTAFEL_NO_INSTALL is not set).
 * @returns {{ install: string[], skip: { name: string, packages: string[] }[], command: string }}
 */
export function plan({ has, chromium, canInstall }) {
  const missing = engines.filter(
    (e) => !(e.name === 'chromium' && chromium) && !e.needs.every((n) => has(n)),
  );
  const packages = missing.flatMap((e) => e.packages);
  const command = packages.length
    ? `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`
    : '';
  if (canInstall) return { install: packages, skip: [], command };
  return {
    install: [],
    skip: missing.map(({ name, packages: p }) => ({ name, packages: p })),
    command,
  };
}

export function canInstall() {
  return !process.env.AANTAFEL_NO_INSTALL && process.getuid?.() === 0 && found('apt-get');
}

/** Installs Debian packages (as root), saying what; throws when apt-get fails. */
export function aptInstall(packages) {
  console.log(`Installing the Debian packages the browser tests need: ${packages.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status})`);
  }
}
