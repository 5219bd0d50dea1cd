import { vi } from 'vitest';

/**
 * A hand-written stand-in for the browser's speech synthesis, for jsdom (which has none).
 * It speaks nothing: it records what it was asked to say, and the test decides when an
 * utterance ends, so no test waits for time to pass.
 */
export class FakeUtterance extends EventTarget {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  constructor(public text = '') {
    super();
  }
}

export function fakeVoice(lang: string, name = `Stem ${lang}`, localService = true) {
  return { lang, name, localService, default: false, voiceURI: name } as SpeechSynthesisVoice;
}

export class FakeSpeechSynthesis extends EventTarget {
  voices: SpeechSynthesisVoice[];
  queue: FakeUtterance[] = [];
  spoken: string[] = [];
  paused = false;
  calls: string[] = [];

  constructor(voices: SpeechSynthesisVoice[] = [fakeVoice('nl-NL')]) {
    super();
    this.voices = voices;
  }

  get speaking(): boolean {
    return this.queue.length > 0;
  }
  get pending(): boolean {
    return this.queue.length > 1;
  }
  /** The utterance being spoken now. */
  get current(): FakeUtterance | undefined {
    return this.queue[0];
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices;
  }
  speak(u: FakeUtterance): void {
    this.calls.push('speak');
    this.queue.push(u);
    this.spoken.push(u.text);
    if (this.queue.length === 1) u.dispatchEvent(new Event('start'));
  }
  pause(): void {
    this.calls.push('pause');
    this.paused = true;
  }
  resume(): void {
    this.calls.push('resume');
    this.paused = false;
  }
  /** Like Chrome: the cancelled utterances report an "interrupted" error. */
  cancel(): void {
    this.calls.push('cancel');
    const dropped = this.queue;
    this.queue = [];
    for (const u of dropped) u.dispatchEvent(errorEvent('interrupted'));
  }

  /** Test control: the current utterance has been spoken to the end. */
  finishCurrent(): void {
    const u = this.queue.shift();
    if (!u) throw new Error('Nothing is being spoken.');
    u.dispatchEvent(new Event('end'));
    this.queue[0]?.dispatchEvent(new Event('start'));
  }
  /** Test control: the current utterance fails, as when the speech engine breaks down. */
  failCurrent(error = 'synthesis-failed'): void {
    const u = this.queue.shift();
    if (!u) throw new Error('Nothing is being spoken.');
    u.dispatchEvent(errorEvent(error));
  }
  /** Test control: the browser has (re)loaded its voices. */
  loadVoices(voices: SpeechSynthesisVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

function errorEvent(error: string): Event {
  return Object.assign(new Event('error'), { error });
}

/** Installs a fake on window for one test; `vi.unstubAllGlobals()` takes it away again. */
export function installFakeSpeech(voices?: SpeechSynthesisVoice[]): FakeSpeechSynthesis {
  const synth = new FakeSpeechSynthesis(voices);
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synth;
}
