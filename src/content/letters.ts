import lettersJson from '../../content/letters/letters.json' with { type: 'json' };
import type { LetterFormat } from '../domain/letterInput';
import type { LetterNoteTexts, LetterTexts } from '../domain/letterTexts';
import { formatIsoLong } from '../lib/formatDate';
import type { lettersFile, Language, LocalizedText } from './schema';
import { checked } from './checked';

/** The words of the five draft letters, parsed once (content/letters/letters.json). */
export const letters = checked<typeof lettersFile>(lettersJson);

/** A content tree with every nl/en pair replaced by one language, and `sources` dropped. */
type Plain<T> = T extends LocalizedText
  ? string
  : T extends readonly (infer U)[]
    ? Plain<U>[]
    : T extends object
      ? { [K in keyof T as K extends 'sources' ? never : K]: Plain<T[K]> }
      : T;

function isLocalized(value: object): value is LocalizedText {
  return 'nl' in value && 'en' in value && typeof value.nl === 'string';
}

function plain<T>(value: T, language: Language): Plain<T> {
  if (Array.isArray(value)) return value.map((v: unknown) => plain(v, language)) as Plain<T>;
  if (typeof value !== 'object' || value === null) return value as Plain<T>;
  if (isLocalized(value)) return value[language] as Plain<T>;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'sources')
      .map(([k, v]) => [k, plain(v, language)]),
  ) as Plain<T>;
}

/** The letter itself in `language`; the compiler checks the content has every text the domain needs. */
export function letterTexts(language: Language): LetterTexts {
  return plain(letters.letter, language);
}

/** The notes for the resident in `language` (usually the app's language). */
export function letterNoteTexts(language: Language): LetterNoteTexts {
  return plain(letters.notes, language);
}

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Dates in full ("maandag 13 april 2026"), a date of birth without weekday ("3 februari 1944")
 * and whole euros ("€ 1.442"), as content-style.md asks.
 */
export function letterFormat(language: Language): LetterFormat {
  const locale = locales[language];
  const euro = (digits: number) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  const whole = euro(0);
  const cents = euro(2);
  const dayFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    date: (iso) => formatIsoLong(iso, locale),
    day: (iso) => dayFormat.format(new Date(`${iso}T00:00:00Z`)),
    euro: (amount) => (Number.isInteger(amount) ? whole : cents).format(amount),
  };
}
