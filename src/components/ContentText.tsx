import type { LocalizedText } from '../content/schema';
import { glossaryHref } from '../lib/paths';
import { RichText } from './RichText';
import { useLocalize } from './useLocalize';

/** A content text in the reader's language, with its glossary links. */
export function ContentText({ text }: { text: LocalizedText }) {
  const l = useLocalize();
  return <RichText text={l(text)} termHref={glossaryHref} />;
}
