import { localize } from './localize';
import type { LocalizedText } from './schema';
import { someone } from './worksheets';

/** Stands for the person's first name in an "Other" text (see schema.ts, "Whose voice"). */
export const namePlaceholder = '{{naam}}';

/** Who a dossier is for; shaped like the stored dossier, so content needs no storage. */
export interface PersonOf {
  subject: 'self' | 'other';
  personName: string;
}

/**
 * The name as plain words. Content markup ([[term]], *emphasis*, "- " lists, {{…}}) and line
 * breaks are taken out, so a name can never turn into a link, a list or another placeholder.
 * React escapes what is left.
 */
export function plainName(name: string): string {
  return name
    .replace(/[[\]*{}<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Fills {{naam}}; without a name it reads "deze persoon", with a capital where a sentence starts. */
export function fillName(text: string, name: string, language: string): string {
  const plain = plainName(name);
  const stand = plain || localize(someone, language);
  return text.replace(/\{\{naam\}\}/g, (_match, at: number) => {
    if (plain) return plain;
    const before = text.slice(0, at);
    const starts = before.trim() === '' || /([.!?:]\s|\n(- )?)$/.test(before);
    return starts ? stand.charAt(0).toUpperCase() + stand.slice(1) : stand;
  });
}

/**
 * The text as this dossier speaks: to the resident ("je"), or to the helper about the person
 * by name. A text without an "Other" twin does not say "je" (the content suite checks that).
 */
export function voiced(
  self: LocalizedText,
  other: LocalizedText | undefined,
  person: PersonOf,
): LocalizedText {
  if (person.subject === 'self' || !other) return self;
  return {
    nl: fillName(other.nl, person.personName, 'nl'),
    en: fillName(other.en, person.personName, 'en'),
  };
}

/** The person's name for a UI string ("Alleen voor {{name}} zelf"), or "deze persoon". */
export function personNameOr(person: PersonOf, language: string): string {
  return plainName(person.personName) || localize(someone, language);
}
