/**
 * Speech synthesis (the Web Speech API), wrapped once (architecture rule 6). No other file
 * touches `speechSynthesis` or `SpeechSynthesisUtterance`.
 *
 * Browser quirks this works around:
 * - Chrome loads its voices asynchronously: `getVoices()` is empty until `voiceschanged`.
 * - Chrome stops a long utterance after about 15 seconds, so each sentence is its own utterance.
 * - Chrome may garbage-collect an utterance that nothing references, and then never fires `end`.
 * - Chrome keeps speaking after a reload or when the tab closes, so `pagehide` stops the speech.
 * - After `cancel()` on a paused synthesizer, Chrome stays paused and the next `speak()` is silent.
 */

/** Why speaking ended on its own: every sentence was read, something else took over, or a failure. */
export type SpeechEndReason = 'done' | 'interrupted' | 'error';

export interface SpeakCallbacks {
  /** The sentence (by index) that is being spoken now. */
  onSentence?: (index: number) => void;
  /** Not called after `stop()`: whoever stops already knows. */
  onEnd?: (reason: SpeechEndReason) => void;
}

export interface SpeechSession {
  pause(): void;
  resume(): void;
  stop(): void;
}

function synthesizer(): SpeechSynthesis | undefined {
  if (typeof window === 'undefined') return undefined;
  if (!('speechSynthesis' in window) || !window.speechSynthesis) return undefined;
  if (typeof window.SpeechSynthesisUtterance !== 'function') return undefined;
  return window.speechSynthesis;
}

/** Whether this browser can speak at all (some have no Web Speech API, or have it turned off). */
export function isSpeechSupported(): boolean {
  return synthesizer() !== undefined;
}

const normalized = (lang: string) => lang.replace(/_/g, '-').toLowerCase();

/**
 * The best voice for a language such as "nl-NL": the exact language first, then any regional
 * variant ("nl-BE"). Only voices on the device count: a network voice (such as Chrome's
 * "Google Nederlands") sends the text to a server, and nothing the resident wrote may leave
 * the device.
 */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | undefined {
  const wanted = normalized(lang);
  const primary = wanted.split('-')[0];
  let best: SpeechSynthesisVoice | undefined;
  let bestRank = Infinity;
  for (const voice of voices) {
    const own = normalized(voice.lang);
    const match = own === wanted ? 0 : own.split('-')[0] === primary ? 1 : undefined;
    if (match === undefined || !voice.localService) continue;
    const rank = match;
    if (rank < bestRank) {
      best = voice;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * Finds a voice for `lang`. When the browser has not listed its voices yet, waits for
 * `voiceschanged`, but no longer than `timeoutMs`: some browsers never fire it.
 */
export function findVoice(
  lang: string,
  timeoutMs = 1500,
): Promise<SpeechSynthesisVoice | undefined> {
  const synth = synthesizer();
  if (!synth) return Promise.resolve(undefined);
  if (synth.getVoices().length > 0) return Promise.resolve(pickVoice(synth.getVoices(), lang));
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', onChange);
      resolve(pickVoice(synth.getVoices(), lang));
    };
    const onChange = () => {
      if (synth.getVoices().length > 0) finish();
    };
    const timer = setTimeout(finish, timeoutMs);
    synth.addEventListener('voiceschanged', onChange);
  });
}

let current: { end: (reason: SpeechEndReason) => void } | undefined;

function silence(synth: SpeechSynthesis): void {
  synth.cancel();
  if (synth.paused) synth.resume();
}

/**
 * Speaks the sentences one after another, one utterance each. Starting stops any speech
 * that was going on (its owner hears `onEnd('interrupted')`).
 */
export function speakSentences(
  sentences: readonly string[],
  voice: SpeechSynthesisVoice,
  callbacks: SpeakCallbacks = {},
): SpeechSession {
  const synth = synthesizer();
  if (!synth) throw new Error('Speech synthesis is not available.');
  current?.end('interrupted');
  silence(synth);

  let active = true;
  // Holding the utterance keeps Chrome from collecting it before it ends.
  let utterance: SpeechSynthesisUtterance | undefined;

  const finish = (reason: SpeechEndReason | undefined) => {
    if (!active) return;
    active = false;
    utterance = undefined;
    window.removeEventListener('pagehide', stop);
    if (current === session) current = undefined;
    if (reason) callbacks.onEnd?.(reason);
  };

  const speak = (index: number) => {
    const text = sentences[index];
    if (text === undefined) return finish('done');
    const u = new window.SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.addEventListener('end', () => {
      if (active && utterance === u) speak(index + 1);
    });
    u.addEventListener('error', (event) => {
      if (!active || utterance !== u) return;
      const code = (event as SpeechSynthesisErrorEvent).error;
      if (code === 'interrupted' || code === 'canceled') return finish('interrupted');
      finish('error');
      silence(synth);
    });
    utterance = u;
    callbacks.onSentence?.(index);
    synth.speak(u);
  };

  const stop = () => {
    if (!active) return;
    finish(undefined);
    silence(synth);
  };

  const session = {
    end: (reason: SpeechEndReason) => finish(reason),
  };
  current = session;
  window.addEventListener('pagehide', stop);
  speak(0);

  return {
    pause: () => {
      if (active) synth.pause();
    },
    resume: () => {
      if (active) synth.resume();
    },
    stop,
  };
}
