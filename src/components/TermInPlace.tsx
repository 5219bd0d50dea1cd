import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GlossaryLink } from './GlossaryLink';

/** What a term in place shows: its name, its short explanation and its place in the full list. */
export interface TermExplanation {
  title: string;
  definition: string;
  href: string;
}

/**
 * A word in a sentence that opens its explanation in place (issue 17, item 3), so she never
 * leaves her page to learn a word. A disclosure button, made from a link to the word in the
 * begrippenlijst: a <button> is one unbreakable box (a long term would stick out at 200% on a
 * phone), a link wraps with the sentence; and before the scripts run, the link still works.
 * Like a button, Enter and Space open and close it; Escape closes it.
 */
export function TermButton({
  id,
  href,
  expanded,
  controls,
  onToggle,
  onClose,
  children,
}: {
  id: string;
  href: string;
  expanded: boolean;
  controls: string | undefined;
  onToggle: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      id={id}
      role="button"
      className="term-in-place__button"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={(e) => {
        e.preventDefault();
        onToggle();
      }}
      onKeyDown={(e) => {
        if (e.key === ' ') {
          e.preventDefault();
          onToggle();
        } else closeOnEscape(e, expanded, onClose);
      }}
    >
      {children}
    </a>
  );
}

/** The explanation below the sentence: the word, what it means, the full list, and "Sluit". */
export function TermPanel({
  id,
  explanation,
  onClose,
  children,
}: {
  id: string;
  explanation: TermExplanation;
  onClose: () => void;
  /** The definition, rendered by RichText (its own terms as plain words: one step at a time). */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const escape = (e: KeyboardEvent) => closeOnEscape(e, true, onClose);
  return (
    <div id={id} className="term-in-place" role="group" aria-labelledby={titleId}>
      <p className="term-in-place__title" id={titleId}>
        {explanation.title}
      </p>
      {children}
      <div className="term-in-place__actions">
        {/* Escape on either control closes the explanation: they are all it can focus. */}
        <GlossaryLink to={explanation.href} onKeyDown={escape}>
          {t('glossary.all')}
        </GlossaryLink>
        <button
          type="button"
          className="button button--secondary"
          onClick={onClose}
          onKeyDown={escape}
        >
          {t('glossary.close')}
        </button>
      </div>
    </div>
  );
}

function closeOnEscape(e: KeyboardEvent, open: boolean, close: () => void) {
  if (e.key !== 'Escape' || !open) return;
  e.preventDefault();
  e.stopPropagation();
  close();
}
