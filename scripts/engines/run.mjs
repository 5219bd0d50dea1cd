// Runs the key journeys in WebKit and/or Firefox against a build:
//   node scripts/engines/run.mjs webkit firefox
// ENGINE_OUTDIR (default dist) is the build; ENGINE_PORT (default 4180) the app's port (vite
// preview and WebKitWebDriver take free ports of their own). Each engine writes
// reports/<engine>.json and prints node's own test summary. Exit code 1 if any journey failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const engines = process.argv.slice(2);
if (engines.length === 0) engines.push('webkit', 'firefox');
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
mkdirSync('reports', { recursive: true });

let failed = false;
for (const engine of engines) {
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${here('report.mjs')}`,
      `--test-reporter-destination=reports/${engine}.json`,
      here('engines.test.mjs'),
    ],
    { stdio: 'inherit', env: { ...process.env, ENGINE: engine } },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${engine}: ${r.status === 0 ? 'passed' : 'failed'} in ${seconds} s`);
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
