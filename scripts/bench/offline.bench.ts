import { test } from '@playwright/test';
import { waitForServiceWorker } from '../../e2e/pages';
import { median, writePart } from './parts';

const runs = 5;

interface Paint {
  lcpMs: number;
  lcpElement: string;
  fcpMs: number;
  fromServiceWorker: boolean;
}

/**
 * A repeat visit without a network: the service worker serves everything. Each run starts in a
 * fresh browser context, so each is the first offline reload after the first visit.
 */
test('repeat visit offline: LCP (median of 5)', async ({ browser }) => {
  const samples: Paint[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Let the web font and the lazy parts of the page paint, so the last LCP candidate is in.
    await page.waitForTimeout(1000);
    samples.push(
      await page.evaluate(
        () =>
          new Promise<Paint>((resolve) => {
            const nav = performance.getEntriesByType('navigation')[0] as
              PerformanceNavigationTiming | undefined;
            const rest = {
              fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
              fromServiceWorker: (nav?.workerStart ?? 0) > 0,
            };
            const none = setTimeout(() => resolve({ lcpMs: NaN, lcpElement: '', ...rest }), 3000);
            new PerformanceObserver((list, observer) => {
              const last = list.getEntries().at(-1) as
                (PerformanceEntry & { element?: Element | null }) | undefined;
              if (!last) return;
              clearTimeout(none);
              observer.disconnect();
              const el = last.element;
              resolve({
                lcpMs: last.startTime,
                lcpElement: el
                  ? `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''}`
                  : '',
                ...rest,
              });
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      ),
    );
    await context.close();
  }
  const result = {
    lcpMs: Math.round(median(samples.map((s) => s.lcpMs))),
    fcpMs: Math.round(median(samples.map((s) => s.fcpMs))),
    samples,
  };
  console.table(samples);
  console.log(`Offline repeat visit: LCP ${result.lcpMs} ms (median of ${runs})`);
  writePart('offline', result);
});
