import type { Language, LocalizedText } from './schema';

/** The text in the reader's language. Both are required by the schema, so this never fails. */
export function localize(text: LocalizedText, language: string): string {
  return language === 'en' ? text.en : text.nl;
}

export function asLanguage(language: string): Language {
  return language === 'en' ? 'en' : 'nl';
}
