import { useTranslation } from 'react-i18next';
import { localize } from '../content/localize';
import type { LocalizedText } from '../content/schema';

/** Picks the reader's language from a content text. */
export function useLocalize(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  return (text) => localize(text, i18n.language);
}
