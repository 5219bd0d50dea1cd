// The last step of `npm run bench`: merges the parts the benchmarks wrote (bench/parts/*.json
// and the PDF timings in bench/pdf.json) into bench/results.json and prints one table:
// figure, value, target, ok. Timings are reported, never asserted: this never fails on a figure.
// A part older than the build in BENCH_OUTDIR (default bench/dist) is marked "stale".
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.env.BENCH_OUTDIR ?? 'bench/dist';
const builtAt = existsSync(join(outDir, 'index.html'))
  ? statSync(join(outDir, 'index.html')).mtime
  : undefined;

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const parts = {
  bundle: read('bench/parts/bundle.json'),
  lighthouse: read('bench/parts/lighthouse.json'),
  offline: read('bench/parts/offline.json'),
  typing: read('bench/parts/typing.json'),
  scale: read('bench/parts/scale.json'),
  pdf: read('bench/pdf.json'),
};

const rows = [];
/**
 * One line of the table. `check` is true/false against the target, or undefined when the
 * figure has no target; a missing or stale part says so instead.
 */
function row(part, figure, value, target = '—', check = undefined) {
  const data = parts[part];
  let ok = check === undefined ? '—' : check ? 'ok' : 'MISS';
  if (!data) ok = 'missing';
  else if (builtAt && new Date(data.at) < builtAt) ok = 'stale';
  rows.push({ figure, value: data ? value : '—', target, ok });
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v) => (typeof v === 'number' && Number.isFinite(v) ? `${Math.round(v)} ms` : '—');
const s = (v) => (typeof v === 'number' ? `${(v / 1000).toFixed(2)} s` : '—');

const { bundle, lighthouse, offline, typing, scale, pdf } = parts;
const budget = bundle?.budgetKb ?? 150;
row(
  'bundle',
  'Initial JS (gzip)',
  kB(bundle?.initialJsGzipBytes),
  `≤ ${budget} kB`,
  bundle && bundle.initialJsGzipBytes / 1000 <= budget,
);
row('bundle', 'Initial CSS (gzip)', kB(bundle?.initialCssGzipBytes));

for (const path of ['/', '/over-het-gesprek/stappen']) {
  const p = lighthouse?.pages?.[path];
  const name = `Lighthouse ${path}`;
  row(
    'lighthouse',
    `${name}: performance`,
    p?.scores.performance,
    '≥ 98',
    p && p.scores.performance >= 98,
  );
  row(
    'lighthouse',
    `${name}: accessibility`,
    p?.scores.accessibility,
    '= 100',
    p && p.scores.accessibility === 100,
  );
  row(
    'lighthouse',
    `${name}: best practices`,
    p?.scores['best-practices'],
    '= 100',
    p && p.scores['best-practices'] === 100,
  );
  row('lighthouse', `${name}: FCP`, s(p?.fcpMs));
  row('lighthouse', `${name}: LCP`, s(p?.lcpMs), '≤ 1.5 s', p && p.lcpMs <= 1500);
  row('lighthouse', `${name}: TBT`, ms(p?.tbtMs));
  row('lighthouse', `${name}: CLS`, p?.cls.toFixed(3));
}

row(
  'offline',
  'Repeat visit offline: LCP',
  ms(offline?.lcpMs),
  '≤ 500 ms',
  offline && offline.lcpMs <= 500,
);

const latency = (v) => (v === null ? '< 16 ms' : ms(v));
row(
  'typing',
  'Typing (10,000 chars): key → paint, max',
  latency(typing?.maxMs),
  '≤ 100 ms',
  typing && (typing.maxMs ?? 0) <= 100,
);
row('typing', 'Typing (10,000 chars): key → paint, p75', latency(typing?.p75Ms));

row(
  'scale',
  `Dossier list, ${scale?.dossiers ?? 100} dossiers`,
  ms(scale?.listMs),
  '≤ 1000 ms',
  scale && scale.listMs <= 1000,
);

for (const plan of ['typical', 'maximal']) {
  const p = pdf?.[plan];
  const target = plan === 'typical';
  const name = `PDF ${plan} plan (${p?.pages ?? '?'} pages)`;
  row(
    'pdf',
    `${name}: first (cold)`,
    ms(p?.coldMs),
    target ? '≤ 1000 ms' : '—',
    target ? p && p.coldMs <= 1000 : undefined,
  );
  row(
    'pdf',
    `${name}: again (warm)`,
    ms(p?.warmMs),
    target ? '≤ 300 ms' : '—',
    target ? p && p.warmMs <= 300 : undefined,
  );
}

const columns = ['figure', 'value', 'target', 'ok'];
const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(`\n${line(columns)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
for (const r of rows) console.log(line(columns.map((c) => r[c])));

for (const [path, p] of Object.entries(lighthouse?.pages ?? {})) {
  const costs = p.failingAudits.filter((a) => a.weight > 0);
  if (costs.length === 0) continue;
  console.log(`\nLighthouse ${path}, audits that cost points (median run):`);
  for (const a of costs) {
    console.log(
      `  ${a.category} › ${a.id}: score ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}`,
    );
  }
}

writeFileSync(
  'bench/results.json',
  JSON.stringify({ at: new Date().toISOString(), outDir, builtAt, rows, ...parts }, null, 2),
);
const missed = rows.filter((r) => r.ok === 'MISS').length;
const unsure = rows.filter((r) => r.ok === 'missing' || r.ok === 'stale').length;
console.log(
  `\n${missed} figure(s) miss their target${unsure ? `; ${unsure} missing or stale` : ''}. Saved bench/results.json`,
);
