// Lighthouse on the production build, mobile (Lighthouse's default emulation and simulated
// throttling), median of 3 runs per page. Serves the build itself with `vite preview` on
// BENCH_PORT (default 4176) from BENCH_OUTDIR (default bench/dist), writes
// bench/parts/lighthouse.json, and keeps each full report in bench/lighthouse/.
// Reports figures; never fails on them (scripts/bench/report.mjs compares them to the targets).
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { preview } from 'vite';
import { browserArgs, browserPath } from '../browser-path.mjs';

const port = Number(process.env.BENCH_PORT ?? 4176);
const outDir = process.env.BENCH_OUTDIR ?? 'bench/dist';
const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const paths = ['/', '/over-het-gesprek/stappen'];
const categories = ['performance', 'accessibility', 'best-practices'];
const metrics = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};
const chromeFlags = ['--headless=new', ...browserArgs];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Every audit that costs points: scored audits under 1 in the three categories, and
 * performance insights/diagnostics Lighthouse flags (score under 0.9), with why.
 */
function failingAudits(lhr) {
  const out = [];
  for (const id of categories) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.scoreDisplayMode === 'informative') continue;
      const flagged = ref.weight > 0 ? audit.score < 1 : audit.score < 0.9;
      if (!flagged) continue;
      const items = audit.details?.items ?? [];
      out.push({
        category: id,
        id: ref.id,
        weight: ref.weight,
        score: audit.score,
        title: audit.title,
        displayValue: audit.displayValue,
        items: items
          .slice(0, 5)
          .map((item) =>
            JSON.stringify(item, (k, v) => (k === 'node' && v ? v.snippet : v)).slice(0, 300),
          ),
      });
    }
  }
  return out;
}

async function runOnce(url) {
  const chrome = await launch({ chromePath: browserPath(), chromeFlags, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { port, strictPort: true },
});
const pages = {};
try {
  mkdirSync('bench/lighthouse', { recursive: true });
  for (const path of paths) {
    const url = `http://localhost:${port}${path}`;
    const lhrs = [];
    for (let i = 0; i < runs; i++) {
      const lhr = await runOnce(url);
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
      const slug = path === '/' ? 'start' : path.slice(1).replaceAll('/', '-');
      writeFileSync(`bench/lighthouse/${slug}-${i + 1}.json`, JSON.stringify(lhr));
      lhrs.push(lhr);
      const perf = Math.round(lhr.categories.performance.score * 100);
      const lcp = Math.round(lhr.audits['largest-contentful-paint'].numericValue);
      console.log(`Lighthouse ${path} run ${i + 1}: performance ${perf}, LCP ${lcp} ms`);
    }
    const scores = Object.fromEntries(
      categories.map((c) => [c, median(lhrs.map((l) => Math.round(l.categories[c].score * 100)))]),
    );
    const values = Object.fromEntries(
      Object.entries(metrics).map(([name, audit]) => [
        name,
        median(lhrs.map((l) => l.audits[audit].numericValue)),
      ]),
    );
    // The run whose performance score is the median stands for the page's failing audits.
    const byPerf = [...lhrs].sort(
      (a, b) => a.categories.performance.score - b.categories.performance.score,
    );
    const typical = byPerf[Math.floor(byPerf.length / 2)];
    pages[path] = {
      scores,
      ...values,
      runs: lhrs.map((l) => ({
        scores: Object.fromEntries(
          categories.map((c) => [c, Math.round(l.categories[c].score * 100)]),
        ),
        ...Object.fromEntries(
          Object.entries(metrics).map(([name, audit]) => [name, l.audits[audit].numericValue]),
        ),
      })),
      failingAudits: failingAudits(typical),
      lighthouseVersion: typical.lighthouseVersion,
      formFactor: typical.configSettings.formFactor,
      throttlingMethod: typical.configSettings.throttlingMethod,
    };
  }
} finally {
  await server.close();
}

mkdirSync('bench/parts', { recursive: true });
writeFileSync(
  'bench/parts/lighthouse.json',
  JSON.stringify({ at: new Date().toISOString(), runs, pages }, null, 2),
);
console.log('Saved bench/parts/lighthouse.json');
