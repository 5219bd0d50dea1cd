import { expect, test } from '@playwright/test';
import { chain } from '../../src/content/chain';
import { worksheets } from '../../src/content/worksheets';
import { waitForServiceWorker } from '../../e2e/pages';
import { median, writePart } from './parts';

const runs = 5;
const dossierCount = 100;

interface Row {
  key: string;
  value: unknown;
}

/** 30 answers, as the app stores them: 5 questions, 22 worksheet texts, 3 parts. */
function answers(n: number): Row[] {
  const texts = worksheets
    .flatMap((ws) => ws.items)
    .filter((item) => item.field.type === 'textarea')
    .slice(0, 22);
  return [
    ...chain.map((q, i) => ({
      key: `answer:${q.id}`,
      value: (['ja', 'nee', 'weet-niet'] as const)[(n + i) % 3],
    })),
    ...texts.map((item, i) => ({
      key: `ws:${item.id}`,
      value: { text: `Antwoord ${i + 1} van dossier ${n + 1}. `.repeat(6), private: i % 5 === 0 },
    })),
    { key: 'part:vragen', value: 'klaar' },
    { key: 'part:plan', value: 'bezig' },
    { key: 'part:data', value: n % 2 === 0 ? 'klaar' : 'bezig' },
  ];
}

function dossiers() {
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: dossierCount }, (_, n) => {
    const at = new Date(start + n * 3_600_000).toISOString();
    const other = n % 3 !== 0;
    return {
      dossier: {
        id: crypto.randomUUID(),
        name: n % 4 === 0 ? `Dossier ${n + 1}` : '',
        subject: other ? 'other' : 'self',
        personName: other ? `Persoon ${n + 1}` : '',
        helperName: n % 2 === 0 ? 'Sam' : '',
        createdAt: at,
        updatedAt: at,
      },
      rows: answers(n),
    };
  });
}

/**
 * The dossier list with 100 dossiers of 30 answers each: from navigation start until the 100th
 * dossier heading is in the page. The rows are written straight into the app's IndexedDB in the
 * shape its repositories store, after the app itself has created the database.
 */
test('the dossier list with 100 dossiers (median of 5)', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorker(page); // measured visits are repeat visits, served by the worker
  await page.goto('/dossiers');
  // The list page opens the app's database; wait until it exists before writing into it.
  await page.waitForFunction(async () =>
    (await indexedDB.databases()).some((d) => d.name === 'aantafel'),
  );
  const data = dossiers();
  const stored = await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('aantafel'); // no version: the one the app opened it at
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('open failed'));
    });
    if (!db.objectStoreNames.contains('entries'))
      throw new Error('The app has not created its database');
    const tx = db.transaction(['dossiers', 'entries'], 'readwrite');
    for (const { dossier, rows } of data) {
      tx.objectStore('dossiers').put(dossier);
      for (const row of rows) {
        tx.objectStore('entries').put({
          dossierId: dossier.id,
          updatedAt: dossier.updatedAt,
          ...row,
        });
      }
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    const count = (store: string) =>
      new Promise<number>((resolve) => {
        const r = db.transaction(store).objectStore(store).count();
        r.onsuccess = () => resolve(r.result);
      });
    const result = {
      version: db.version,
      dossiers: await count('dossiers'),
      entries: await count('entries'),
    };
    db.close();
    return result;
  }, data);
  expect(stored.dossiers).toBe(dossierCount);

  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto('/dossiers', { waitUntil: 'commit' });
    const shown = await page.waitForFunction(
      (count) => {
        const headings = document.querySelectorAll('main li h2').length;
        return headings >= count ? performance.now() : false;
      },
      dossierCount,
      { polling: 'raf', timeout: 30_000 },
    );
    times.push(Math.round(Number(await shown.jsonValue())));
    await expect(page.locator('main li h2')).toHaveCount(dossierCount);
  }
  const result = {
    listMs: median(times),
    times,
    dossiers: dossierCount,
    stored: { dbVersion: stored.version, dossiers: stored.dossiers, entries: stored.entries },
  };
  console.log(
    `Dossier list with ${dossierCount} dossiers: ${result.listMs} ms (median of ${runs}): ${times.join(', ')}`,
  );
  writePart('scale', result);
});
