import { mkdirSync, writeFileSync } from 'node:fs';
import { test, type Browser, type Page } from '@playwright/test';
import { worksheets } from '../../src/content/worksheets';
import type { DossierEntries } from '../../src/storage/entries';
import { emptyEntries } from '../../src/storage/entries';
import { typicalPlan } from '../../tests/fixtures/plan-typical';

const runs = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function maximalPlan(): DossierEntries {
  const e = emptyEntries();
  for (const ws of worksheets) {
    if (ws.layout === 'choose-then-detail') e.chosen[ws.id] = ws.items.map((i) => i.id);
    for (const item of ws.items) {
      const max =
        item.field.type === 'text' || item.field.type === 'textarea' ? item.field.maxLength : 3;
      e.worksheet[item.id] = { text: 'woord '.repeat(max).slice(0, max), private: false };
    }
  }
  return e;
}

/** A dossier with this plan, written straight into IndexedDB the way the app stores it. */
async function seed(page: Page, entries: DossierEntries): Promise<string> {
  await page.goto('/dossiers/nieuw');
  await page.getByLabel('Voor mezelf').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Maak het dossier' }).click();
  await page.getByRole('heading', { name: 'Bereid het gesprek voor' }).waitFor();
  const id = page.url().split('/').pop() ?? '';
  const rows = [
    ...Object.entries(entries.worksheet).map(([k, value]) => ({ key: `ws:${k}`, value })),
    ...Object.entries(entries.chosen).map(([k, value]) => ({ key: `chosen:${k}`, value })),
  ];
  await page.evaluate(
    async ({ id, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('aantafel');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tx = db.transaction('entries', 'readwrite');
      for (const row of rows)
        tx.objectStore('entries').put({
          dossierId: id,
          updatedAt: new Date().toISOString(),
          ...row,
        });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { id, rows },
  );
  return id;
}

async function measure(browser: Browser, entries: DossierEntries) {
  const cold: number[] = [];
  const warm: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const id = await seed(page, entries);
    await page.goto(`/dossiers/${id}/pdf`);
    await page.getByText(/Het plan is \d+ pagina/).waitFor();
    pages = Number((await page.getByText(/Het plan is \d+ pagina/).innerText()).match(/\d+/)?.[0]);
    cold.push(
      await page.evaluate(
        () => performance.getEntriesByName('pdf-background').at(-1)?.duration ?? NaN,
      ),
    );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download het plan als PDF' }).click();
    await download;
    warm.push(
      await page.evaluate(() => performance.getEntriesByName('pdf-plan').at(-1)?.duration ?? NaN),
    );
    await context.close();
  }
  return { pages, coldMs: Math.round(median(cold)), warmMs: Math.round(median(warm)), cold, warm };
}

test('PDF timings in Chromium (median of 5)', async ({ browser }) => {
  const typical = await measure(browser, typicalPlan());
  const maximal = await measure(browser, maximalPlan());
  const table = [
    {
      plan: 'typical',
      pages: typical.pages,
      'cold ms (first PDF, incl. lazy load)': typical.coldMs,
      'warm ms': typical.warmMs,
      target: '≤ 1000 cold, ≤ 300 warm',
    },
    {
      plan: 'maximal',
      pages: maximal.pages,
      'cold ms (first PDF, incl. lazy load)': maximal.coldMs,
      'warm ms': maximal.warmMs,
      target: '—',
    },
  ];
  console.table(table);
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/pdf.json',
    JSON.stringify({ at: new Date().toISOString(), typical, maximal }, null, 2),
  );
});
