import { useContext } from 'react';
import { glossary } from '../content/glossary';
import type { LocalizedText } from '../content/schema';
import { glossaryHref } from '../lib/paths';
import { RichText, type TermExplanation } from './RichText';
import { TermsAsLinks } from './termContext';
import { useLocalize } from './useLocalize';

/**
 * A content text in the reader's language. Its terms open their explanation in place (issue 17,
 * item 3); `terms="link"` (the begrippenlijst itself) and a label (see termContext.ts) keep links.
 */
export function ContentText({
  text,
  terms = 'in-place',
}: {
  text: LocalizedText;
  terms?: 'in-place' | 'link';
}) {
  const l = useLocalize();
  const inLabel = useContext(TermsAsLinks);
  const explain = (id: string): TermExplanation | undefined => {
    const term = glossary.terms.find((x) => x.id === id);
    return term && { title: l(term.term), definition: l(term.definition), href: glossaryHref(id) };
  };
  const inPlace = terms === 'in-place' && !inLabel;
  return (
    <RichText text={l(text)} termHref={glossaryHref} explain={inPlace ? explain : undefined} />
  );
}
