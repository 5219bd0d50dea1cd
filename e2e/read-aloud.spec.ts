import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './axe';
import { createDossier } from './pages';

/** What the fake exposes to the test, as `window.speechProbe`. */
interface ProbeWindow {
  speechProbe: { spoken: string[]; speaking: boolean; paused: boolean; finishCurrent(): void };
}

/**
 * Replaces the browser's speech synthesis before any page script runs: one nl-NL voice, nothing
 * audible. It records what it is asked to say, and the test ends each utterance itself.
 */
async function installFakeSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    class FakeUtterance extends EventTarget {
      voice: unknown = null;
      lang = '';
      constructor(public text = '') {
        super();
      }
    }
    const voice = { lang: 'nl-NL', name: 'Nep-Nederlands', localService: true, default: true };
    class FakeSynthesis extends EventTarget {
      queue: FakeUtterance[] = [];
      spoken: string[] = [];
      paused = false;
      get speaking() {
        return this.queue.length > 0;
      }
      get pending() {
        return this.queue.length > 1;
      }
      getVoices() {
        return [voice];
      }
      speak(u: FakeUtterance) {
        this.queue.push(u);
        this.spoken.push(u.text);
      }
      pause() {
        this.paused = true;
      }
      resume() {
        this.paused = false;
      }
      cancel() {
        for (const u of this.queue.splice(0)) {
          u.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
        }
      }
    }
    const synth = new FakeSynthesis();
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
      writable: true,
    });
    (window as unknown as ProbeWindow).speechProbe = {
      get spoken() {
        return [...synth.spoken];
      },
      get speaking() {
        return synth.speaking;
      },
      get paused() {
        return synth.paused;
      },
      finishCurrent() {
        synth.queue.shift()?.dispatchEvent(new Event('end'));
      },
    };
  });
}

const probe = (page: Page) =>
  page.evaluate(() => {
    const { spoken, speaking, paused } = (window as unknown as ProbeWindow).speechProbe;
    return { spoken, speaking, paused };
  });

/** Ends the utterance being spoken, as the speech engine would when it reaches the end. */
const finishSentence = (page: Page) =>
  page.evaluate(() => (window as unknown as ProbeWindow).speechProbe.finishCurrent());

/** The text under the read-aloud highlight, or null when nothing is marked. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const range = [...(CSS.highlights.get('read-aloud') ?? [])][0];
    return range ? range.toString() : null;
  });

test('"Lees voor" reads the page sentence by sentence, and pauses, resumes and stops', async ({
  page,
}) => {
  await installFakeSpeech(page);
  await page.goto('/over-het-gesprek/stappen');
  const readAloud = page.getByRole('button', { name: 'Lees voor' });
  await readAloud.click();

  // The heading first: its caption, then the title; then the page's first sentence.
  const pause = page.getByRole('button', { name: 'Pauzeer' });
  await expect(pause).toBeVisible();
  await expect.poll(async () => (await probe(page)).spoken).toEqual(['Over het gesprek']);
  await finishSentence(page);
  await finishSentence(page);
  const first = 'Hier zie je alle stappen, van begin tot eind.';
  await expect
    .poll(async () => (await probe(page)).spoken)
    .toEqual(['Over het gesprek', 'De stappen', first]);
  await expect.poll(() => highlighted(page)).toBe(first);
  await expectNoAxeViolations(page);

  await pause.click();
  await expect.poll(async () => (await probe(page)).paused).toBe(true);
  const resume = page.getByRole('button', { name: 'Ga verder' });
  await expect(resume).toBeFocused();
  await resume.click();
  await expect.poll(async () => (await probe(page)).paused).toBe(false);
  await expect(pause).toBeVisible();

  await page.getByRole('button', { name: 'Stop met voorlezen' }).click();
  await expect.poll(async () => (await probe(page)).speaking).toBe(false);
  await expect(readAloud).toBeFocused();
  await expect(page.getByRole('button', { name: 'Stop met voorlezen' })).toHaveCount(0);
  await expect.poll(() => highlighted(page)).toBeNull();
  expect((await probe(page)).spoken).toHaveLength(3);
});

test('on a question page, "Lees voor" reads the question', async ({ page }) => {
  await installFakeSpeech(page);
  const id = await createDossier(page);
  await page.goto(`/dossiers/${id}/vragen/vraag-1`);
  await page.getByRole('button', { name: 'Lees voor' }).click();
  await expect
    .poll(async () => (await probe(page)).spoken)
    .toEqual(['Weet je wat een keukentafelgesprek is?']);
  await finishSentence(page);
  await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible();
});

test('without speech synthesis, "Lees voor" explains why it cannot read', async ({ page }) => {
  await page.addInitScript(() => {
    // @ts-expect-error: removing an API the browser always declares, as some browsers lack it.
    delete window.speechSynthesis;
  });
  await page.goto('/over-het-gesprek/stappen');
  expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
  await page.getByRole('button', { name: 'Lees voor' }).click();
  await expect(page.locator('.read-aloud [aria-live="polite"]')).toHaveText(
    'Voorlezen kan niet in deze browser. Probeer een andere browser, of gebruik de voorleesfunctie van je telefoon.',
  );
  await expectNoAxeViolations(page);
});
