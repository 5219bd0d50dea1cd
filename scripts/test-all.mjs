// `npm test`: every check, cheapest first, stopping at the first failure. On a fresh machine it
// first gets the browsers (scripts/engines/setup.mjs): as root with apt-get it installs them;
// elsewhere it says the command, runs what it can, and names what it skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findBrowserPath } from './browser-path.mjs';
import { journeys } from './engines/journeys.mjs';
import { aptInstall, canInstall, found, plan } from './engines/setup.mjs';

const engineNames = { chromium: 'Chromium', webkit: 'WebKit', firefox: 'Firefox' };

// The browsers first, before spending minutes on the rest.
const before = plan({ has: found, chromium: !!findBrowserPath(), canInstall: canInstall() });
if (before.install.length > 0) {
  try {
    aptInstall(before.install);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
const { skip, command } = plan({ has: found, chromium: !!findBrowserPath(), canInstall: false });
const skipped = new Set(skip.map((s) => s.name));
if (skip.length > 0) {
  console.log(
    [
      `Not installed, so skipped: ${skip.map((s) => engineNames[s.name]).join(', ')}.`,
      `To run every browser test, install them and run the command again:`,
      `  ${command}`,
    ].join('\n'),
  );
  // CI must test every engine: a skip there is a failure.
  if (process.env.CI) process.exit(1);
}
if (!skipped.has('chromium')) process.env.CHROME_PATH = findBrowserPath();

const nodeTest = (file, report) => [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/engines/report.mjs',
  `--test-reporter-destination=${report}`,
  file,
];

const steps = [
  ['Type-check', 'npx', ['tsc', '-b']],
  ['Lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['Format', 'npx', ['prettier', '--check', '.']],
  [
    'Browser set-up tests',
    'node',
    nodeTest('scripts/engines/setup.test.mjs', 'reports/setup.json'),
  ],
  [
    'Unit, component and content tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/unit.json',
    ],
    { TZ: 'Europe/Amsterdam' },
  ],
  // Architecture rule 2: the domain's dates must not depend on the machine's time zone.
  [
    'Domain tests in Kiritimati (UTC+14)',
    'npx',
    ['vitest', 'run', 'src/domain'],
    { TZ: 'Pacific/Kiritimati' },
  ],
  [
    'Domain tests in Los Angeles (UTC−8)',
    'npx',
    ['vitest', 'run', 'src/domain'],
    { TZ: 'America/Los_Angeles' },
  ],
  ['Build', 'npx', ['vite', 'build']],
  ['Bundle budget', 'node', ['scripts/bundle-budget.mjs']],
  ...(skipped.has('chromium')
    ? []
    : [['End-to-end tests (Chromium)', 'npx', ['playwright', 'test']]]),
  // The key journeys in the other engines (issue 18), against the same build.
  ...['webkit', 'firefox']
    .filter((e) => !skipped.has(e))
    .map((e) => [`Key journeys (${engineNames[e]})`, 'node', ['scripts/engines/run.mjs', e]]),
];

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

/** One closing line for every test run, read from the JSON reports. */
function summary() {
  const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined);
  const unit = read('reports/unit.json');
  const e2e = read('reports/e2e.json');
  const ours = ['setup', 'webkit', 'firefox'].map((r) => read(`reports/${r}.json`));
  const [setup, webkit, firefox] = ours;
  const passed =
    (unit?.numPassedTests ?? 0) +
    (e2e?.stats.expected ?? 0) +
    (e2e?.stats.flaky ?? 0) +
    ours.reduce((n, r) => n + (r?.passed ?? 0), 0);
  const failed =
    (unit?.numFailedTests ?? 0) +
    (e2e?.stats.unexpected ?? 0) +
    ours.reduce((n, r) => n + (r?.failed ?? 0), 0);
  console.log(
    [
      `\nUnit/component/content: ${unit?.numPassedTests ?? 0} passed; set-up: ${setup?.passed ?? 0} passed;`,
      `e2e (Chromium): ${e2e?.stats.expected ?? 0} passed;`,
      `WebKit: ${webkit ? `${webkit.passed} passed in ${webkit.seconds} s` : 'not run'};`,
      `Firefox: ${firefox ? `${firefox.passed} passed in ${firefox.seconds} s` : 'not run'}.`,
    ].join(' '),
  );
  for (const r of ours) for (const f of r?.failures ?? []) console.log(`  ✖ ${f}`);
  if (e2e?.stats.unexpected) console.log(`  ✖ Chromium: ${e2e.stats.unexpected} e2e tests failed`);
  // Skipped engines stay visible: named here, and their journeys counted as skipped below.
  const skippedJourneys =
    skip.filter((s) => s.name !== 'chromium').length * Object.keys(journeys).length;
  if (skip.length > 0) {
    console.log(
      `Skipped engines: ${skip.map((s) => engineNames[s.name]).join(', ')} (${command}).`,
    );
  }
  console.log(
    `tests: ${passed} passed, ${failed} failed${skippedJourneys ? `, ${skippedJourneys} skipped` : ''}`,
  );
}

for (const [name, cmd, args, env] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s.`);
    summary();
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
summary();
