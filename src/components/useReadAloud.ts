import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localeOf, isUiLanguage } from '../i18n/i18n';
import { findVoice, isSpeechSupported, speakSentences, type SpeechSession } from '../lib/speech';
import { highlightSentence, type ReadableText } from './readableText';

export type ReadAloudStatus = 'idle' | 'starting' | 'speaking' | 'paused';
/** Why reading aloud cannot start or went wrong; each has its own message. */
export type ReadAloudProblem = 'noApi' | 'noVoice' | 'failed';

/**
 * Reading aloud, as state for the buttons. `read` gives the text when the reader presses
 * "Lees voor", so it is always the text on screen at that moment. Speech stops when the
 * page, the language or the component goes away.
 */
export function useReadAloud(read: () => ReadableText | null, onEnded?: () => void) {
  const { i18n } = useTranslation();
  const { pathname } = useLocation();
  const [status, setStatus] = useState<ReadAloudStatus>('idle');
  const [problem, setProblem] = useState<ReadAloudProblem>();
  const session = useRef<SpeechSession>(undefined);
  // Bumped on every stop, so a start still waiting for its voice knows it is too late.
  const attempt = useRef(0);

  const stop = useCallback(() => {
    attempt.current += 1;
    session.current?.stop();
    session.current = undefined;
    highlightSentence(null);
    setStatus('idle');
  }, []);

  useEffect(() => stop, [stop, pathname, i18n.language]);

  const start = async () => {
    if (status !== 'idle') return;
    setProblem(undefined);
    if (!isSpeechSupported()) return setProblem('noApi');
    const mine = ++attempt.current;
    setStatus('starting');
    const lang = isUiLanguage(i18n.language) ? localeOf[i18n.language] : localeOf.nl;
    const voice = await findVoice(lang);
    if (mine !== attempt.current) return;
    const text = read();
    if (!voice || !text || text.sentences.length === 0) {
      setStatus('idle');
      if (!voice) setProblem('noVoice');
      return;
    }
    session.current = speakSentences(text.sentences, voice, {
      onSentence: (index) => highlightSentence(text.rangeOf(index)),
      onEnd: (reason) => {
        session.current = undefined;
        highlightSentence(null);
        setStatus('idle');
        if (reason === 'error') setProblem('failed');
        onEnded?.();
      },
    });
    if (session.current) setStatus('speaking');
  };

  const pause = () => {
    session.current?.pause();
    setStatus('paused');
  };
  const resume = () => {
    session.current?.resume();
    setStatus('speaking');
  };

  return { status, problem, start, pause, resume, stop };
}
