import { expect, test } from '@playwright/test';
import { createDossier } from '../../e2e/pages';
import { writePart } from './parts';

const longText = 'Ik woon alleen in een huis met een trap. '.repeat(250).slice(0, 10_000);
const typed = 'De slaapkamer is boven en de badkamer ook, helaas.'; // 50 characters
const bursts = 5;
const keyEvents = ['keydown', 'keypress', 'input'];

interface EventEntry {
  name: string;
  duration: number;
  startTime: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

declare global {
  interface Window {
    benchEvents?: EventEntry[];
  }
}

/**
 * Key press → next paint on a worksheet textarea that already holds 10,000 characters, with the
 * Event Timing API. Only events of 16 ms or more are reported by the browser, so a keystroke
 * without an entry took less than 16 ms. The 50 characters are typed in 5 bursts of 10, each
 * 410 ms after the last, so every burst starts just as autosave (400 ms) writes to IndexedDB.
 */
test('typing latency on a long worksheet answer', async ({ page }) => {
  expect(typed).toHaveLength(50);
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/plan/voorstellen`);
  const box = page.getByRole('textbox', { name: 'Hoe je woont' });
  await box.fill(longText);
  await box.press('Control+End');
  await page.waitForTimeout(1000); // the fill is saved; typing starts from a quiet page
  await page.evaluate(() => {
    window.benchEvents = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        window.benchEvents?.push({
          name: e.name,
          duration: e.duration,
          startTime: e.startTime,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
          interactionId: e.interactionId,
        });
      }
      // durationThreshold is in the spec and in Chromium, not yet in TypeScript's DOM types.
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  // buffered: true also brings earlier entries of 104 ms or more (the fill): counted from here.
  const typingStart = await page.evaluate(() => performance.now());
  const size = typed.length / bursts;
  for (let b = 0; b < bursts; b++) {
    await page.keyboard.type(typed.slice(b * size, (b + 1) * size), { delay: 20 });
    await page.waitForTimeout(410);
  }
  await page.waitForTimeout(1000); // entries arrive after the next paint
  const events = (await page.evaluate(() => window.benchEvents ?? [])).filter(
    (e) => e.startTime >= typingStart,
  );

  // Every keystroke fires keydown, keypress and input: 150 events; unreported ones took < 16 ms.
  const population = typed.length * keyEvents.length;
  const reported = events
    .filter((e) => keyEvents.includes(e.name))
    .map((e) => e.duration)
    .sort((a, b) => b - a);
  const rankP75 = Math.ceil(population * 0.25); // the p75 is the 38th largest of 150
  const maxMs = reported[0] ?? null;
  const p75Ms = reported[rankP75 - 1] ?? null;

  await page.reload();
  await expect(box).toHaveValue(longText + typed); // and nothing typed was lost

  const result = {
    keystrokes: typed.length,
    startLength: longText.length,
    maxMs,
    p75Ms,
    over16: reported.length,
    byType: Object.fromEntries(
      keyEvents.map((t) => [t, events.filter((e) => e.name === t).map((e) => e.duration)]),
    ),
    events,
  };
  const show = (v: number | null) => (v === null ? '< 16 ms' : `${v} ms`);
  console.log(
    `Typing: key press → next paint max ${show(maxMs)}, p75 ${show(p75Ms)}; ` +
      `${reported.length} of ${population} key events took 16 ms or more`,
  );
  writePart('typing', result);
});
