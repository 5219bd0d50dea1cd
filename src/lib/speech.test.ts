import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeVoice, installFakeSpeech } from '../../tests/fakeSpeech';
import { findVoice, isSpeechSupported, pickVoice, speakSentences } from './speech';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('feature detection', () => {
  it('finds no speech in jsdom, and finds the fake once installed', async () => {
    expect(isSpeechSupported()).toBe(false);
    await expect(findVoice('nl-NL')).resolves.toBeUndefined();
    installFakeSpeech();
    expect(isSpeechSupported()).toBe(true);
  });
});

describe('pickVoice', () => {
  const be = fakeVoice('nl-BE', 'Flemish');
  const nlRemote = fakeVoice('nl-NL', 'Google Nederlands', false);
  const nlLocal = fakeVoice('nl_NL', 'Xander');
  const en = fakeVoice('en-GB');

  it('prefers exact nl-NL, then any other nl voice, and never a network voice', () => {
    expect(pickVoice([en, be, nlRemote, nlLocal], 'nl-NL')).toBe(nlLocal);
    expect(pickVoice([en, be, nlRemote], 'nl-NL')).toBe(be);
    expect(pickVoice([en, nlRemote], 'nl-NL')).toBeUndefined();
    expect(pickVoice([en, be], 'nl-NL')).toBe(be);
    expect(pickVoice([en], 'nl-NL')).toBeUndefined();
    expect(pickVoice([be, nlLocal, fakeVoice('en-US')], 'en-GB')?.lang).toBe('en-US');
  });
});

describe('findVoice', () => {
  it('answers at once when the voices are listed', async () => {
    installFakeSpeech([fakeVoice('en-GB'), fakeVoice('nl-NL')]);
    expect((await findVoice('nl-NL'))?.lang).toBe('nl-NL');
    expect(await findVoice('de-DE')).toBeUndefined();
  });

  it('waits for voiceschanged when the browser loads its voices later (Chrome)', async () => {
    const synth = installFakeSpeech([]);
    const found = findVoice('nl-NL');
    synth.loadVoices([fakeVoice('nl-NL')]);
    expect((await found)?.lang).toBe('nl-NL');
  });

  it('gives up after the timeout when no voices come', async () => {
    vi.useFakeTimers();
    installFakeSpeech([]);
    const found = findVoice('nl-NL', 1000);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(found).resolves.toBeUndefined();
  });
});

describe('speakSentences', () => {
  const voice = fakeVoice('nl-NL');

  it('speaks one utterance per sentence, in order, and reports each one and the end', () => {
    const synth = installFakeSpeech([voice]);
    const onSentence = vi.fn();
    const onEnd = vi.fn();
    speakSentences(['Eén.', 'Twee.', 'Drie.'], voice, { onSentence, onEnd });
    expect(synth.spoken).toEqual(['Eén.']);
    expect(synth.current?.voice).toBe(voice);
    expect(synth.current?.lang).toBe('nl-NL');
    synth.finishCurrent();
    synth.finishCurrent();
    expect(synth.spoken).toEqual(['Eén.', 'Twee.', 'Drie.']);
    expect(onEnd).not.toHaveBeenCalled();
    synth.finishCurrent();
    expect(onSentence.mock.calls).toEqual([[0], [1], [2]]);
    expect(onEnd).toHaveBeenCalledExactlyOnceWith('done');
  });

  it('pauses, resumes and stops; after stop nothing more is said and onEnd stays quiet', () => {
    const synth = installFakeSpeech([voice]);
    const onEnd = vi.fn();
    const session = speakSentences(['Eén.', 'Twee.'], voice, { onEnd });
    session.pause();
    expect(synth.paused).toBe(true);
    session.resume();
    expect(synth.paused).toBe(false);
    session.pause();
    session.stop();
    // Chrome stays paused after cancel, and the next speak would be silent.
    expect(synth.paused).toBe(false);
    expect(synth.speaking).toBe(false);
    session.resume();
    session.stop();
    expect(synth.spoken).toEqual(['Eén.']);
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('lets a new reading take over, and tells the old one it was interrupted', () => {
    const synth = installFakeSpeech([voice]);
    const first = vi.fn();
    const second = vi.fn();
    speakSentences(['Oud een.', 'Oud twee.'], voice, { onEnd: first });
    speakSentences(['Nieuw.'], voice, { onEnd: second });
    expect(first).toHaveBeenCalledExactlyOnceWith('interrupted');
    synth.finishCurrent();
    expect(synth.spoken).toEqual(['Oud een.', 'Nieuw.']);
    expect(second).toHaveBeenCalledExactlyOnceWith('done');
  });

  it('ends with "error" when the engine fails, and with "interrupted" when cancelled elsewhere', () => {
    const synth = installFakeSpeech([voice]);
    const onEnd = vi.fn();
    speakSentences(['Eén.', 'Twee.'], voice, { onEnd });
    synth.failCurrent();
    expect(onEnd).toHaveBeenCalledExactlyOnceWith('error');
    expect(synth.spoken).toEqual(['Eén.']);

    const other = vi.fn();
    speakSentences(['Drie.'], voice, { onEnd: other });
    synth.cancel();
    expect(other).toHaveBeenCalledExactlyOnceWith('interrupted');
  });

  it('stops when the page is left or reloaded (pagehide)', () => {
    const synth = installFakeSpeech([voice]);
    speakSentences(['Eén.', 'Twee.'], voice);
    window.dispatchEvent(new Event('pagehide'));
    expect(synth.speaking).toBe(false);
    expect(synth.spoken).toEqual(['Eén.']);
  });

  it('ends at once for an empty list', () => {
    const synth = installFakeSpeech([voice]);
    const onEnd = vi.fn();
    speakSentences([], voice, { onEnd });
    expect(onEnd).toHaveBeenCalledExactlyOnceWith('done');
    expect(synth.spoken).toEqual([]);
  });
});
