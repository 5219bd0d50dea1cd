import { useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { readableTextFrom, readableTextOf } from './readableText';
import { useReadAloud } from './useReadAloud';

type ReadAloudProps =
  /** Reads the text in this element (and highlights each sentence where the browser can). */
  | { target: RefObject<HTMLElement | null> }
  /** Reads this text. */
  | { text: () => string };

const icons = {
  speaker:
    'M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z',
  pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  play: 'M7 4v16l13-8z',
  stop: 'M6 6h12v12H6z',
};

function Icon({ name }: { name: keyof typeof icons }) {
  return (
    <svg className="read-aloud__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={icons[name]} />
    </svg>
  );
}

/**
 * "Lees voor": reads the page aloud, one sentence at a time, and marks the sentence being read.
 * Where the browser cannot speak (no speech API, or no voice in the reader's language), pressing
 * the button says so, in words and in a polite live region.
 * The control itself is never read: it carries data-no-read.
 */
export function ReadAloud(props: ReadAloudProps) {
  const { t } = useTranslation();
  const mainButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  // The stop button goes away when reading ends; focus must not go with it.
  const keepFocus = () => {
    if (document.activeElement === stopButton.current) mainButton.current?.focus();
  };
  const read = () => {
    if ('text' in props) return readableTextFrom(props.text());
    return props.target.current ? readableTextOf(props.target.current) : null;
  };
  const { status, problem, start, pause, resume, stop } = useReadAloud(read, keepFocus);
  const reading = status === 'speaking' || status === 'paused';

  const main =
    status === 'speaking'
      ? { icon: 'pause' as const, label: t('readAloud.pause'), act: pause }
      : status === 'paused'
        ? { icon: 'play' as const, label: t('readAloud.resume'), act: resume }
        : { icon: 'speaker' as const, label: t('readAloud.start'), act: () => void start() };

  return (
    <div className="read-aloud" data-no-read>
      <div className="read-aloud__buttons">
        <button
          ref={mainButton}
          type="button"
          className="button button--secondary"
          onClick={main.act}
          aria-busy={status === 'starting' || undefined}
        >
          <Icon name={main.icon} />
          {main.label}
        </button>
        {reading && (
          <button
            ref={stopButton}
            type="button"
            className="button button--secondary"
            onClick={() => {
              stop();
              mainButton.current?.focus();
            }}
          >
            <Icon name="stop" />
            {t('readAloud.stop')}
          </button>
        )}
      </div>
      {/* A polite live region, without role="status": a page may have its own status already. */}
      <p className="read-aloud__status" aria-live="polite" aria-atomic="true">
        {problem && t(`readAloud.${problem}`)}
      </p>
    </div>
  );
}
