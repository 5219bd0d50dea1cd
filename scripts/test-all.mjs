// `npm test`: every check, cheapest first, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { browserPath } from './browser-path.mjs';

const steps = [
  ['Type-check', 'npx', ['tsc', '-b']],
  ['Lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['Format', 'npx', ['prettier', '--check', '.']],
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
  ['End-to-end tests (Chromium)', 'npx', ['playwright', 'test']],
];

// Find the browser before spending minutes on the rest.
try {
  process.env.CHROME_PATH = browserPath();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}

rmSync('reports', { recursive: true, force: true });

/** One closing line for every test run, read from the JSON reports. */
function summary() {
  const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined);
  const unit = read('reports/unit.json');
  const e2e = read('reports/e2e.json');
  const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats.expected ?? 0) + (e2e?.stats.flaky ?? 0);
  const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
  console.log(
    `\nUnit/component/content: ${unit?.numPassedTests ?? 0} passed; e2e: ${e2e?.stats.expected ?? 0} passed.`,
  );
  console.log(`tests: ${passed} passed, ${failed} failed`);
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
