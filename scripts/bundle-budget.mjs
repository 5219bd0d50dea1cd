// Measures what the browser must download before the start page can run: the entry
// script plus every module it preloads, gzipped. Fails over the budget. The build lists them in
// <meta name="aantafel-boot"> (src/boot/start.js loads them after the first paint).
// `--report` also prints every chunk and writes bench/parts/bundle.json for `npm run bench`
// (scripts/bench/report.mjs merges it into bench/results.json). `--outDir <dir>` reads
// another build than dist/.
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const budgetKb = 150; // issue 8 (it was 170 from issue 2)
const outDirArg = process.argv.indexOf('--outDir');
const dist = outDirArg > 0 ? (process.argv[outDirArg + 1] ?? 'dist') : 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const boot = /<meta name="aantafel-boot" content="([^"]+)"/.exec(html)?.[1] ?? '';
const initial = [
  ...boot
    .split(' ')
    .filter(Boolean)
    .map((f) => f.replace(/^\//, '')),
  ...[...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1]),
  ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((m) => m[1]),
];
if (initial.length === 0) {
  console.error(`No entry script found in ${join(dist, 'index.html')}: nothing to measure.`);
  process.exit(1);
}
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g)].map((m) => m[1]);

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => bytes / 1000;
const initialJs = initial.reduce((sum, f) => sum + gz(f), 0);
const initialCss = css.reduce((sum, f) => sum + gz(f), 0);

const chunks = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({
    file: f,
    raw: statSync(join(dist, 'assets', f)).size,
    gzip: gz(join('assets', f)),
  }))
  .sort((a, b) => b.gzip - a.gzip);

console.log(
  `Initial JS: ${kb(initialJs).toFixed(1)} kB gzip (budget ${budgetKb} kB) in ${initial.length} file(s)`,
);
console.log(`Initial CSS: ${kb(initialCss).toFixed(1)} kB gzip`);
if (process.argv.includes('--report')) {
  console.table(
    chunks.map((c) => ({
      chunk: c.file,
      'raw kB': kb(c.raw).toFixed(1),
      'gzip kB': kb(c.gzip).toFixed(1),
    })),
  );
  mkdirSync('bench/parts', { recursive: true });
  writeFileSync(
    'bench/parts/bundle.json',
    JSON.stringify(
      {
        at: new Date().toISOString(),
        budgetKb,
        initialJsGzipBytes: initialJs,
        initialCssGzipBytes: initialCss,
        initialFiles: initial,
        chunks,
      },
      null,
      2,
    ),
  );
  console.log('Saved bench/parts/bundle.json');
}
if (kb(initialJs) > budgetKb) {
  console.error(
    `Over budget: the initial JS is ${kb(initialJs).toFixed(1)} kB gzip; the budget is ${budgetKb} kB.`,
  );
  process.exit(1);
}
