import type { AvoidedWord, TerminologyFile } from '../../src/content/schema';

export interface PlacedText {
  /** The content file's name in contentFiles, or "ui". */
  file: string;
  path: string;
  text: string;
}

/** The words a reader sees: glossary markup becomes its shown words, placeholders a name. */
export function visibleWords(text: string): string {
  return text
    .replace(/\[\[([a-z0-9-]+)\|([^\]]+)\]\]/g, '$2')
    .replace(/\[\[([a-z0-9-]+)\]\]/g, (_, id: string) => id.replace(/-/g, ' '))
    .replace(/\{\{[^}]+\}\}|\{\w+\}/g, 'X')
    .replace(/\*/g, '');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The word on its own: not inside a longer word (letters of any alphabet count as word). */
const wordPattern = (word: string) => new RegExp(`(?<!\\p{L})${escape(word)}(?!\\p{L})`, 'giu');

function allowedAt(text: string, index: number, avoid: AvoidedWord): boolean {
  return (avoid.except ?? []).some((phrase) => {
    for (const m of text.matchAll(wordPattern(phrase))) {
      if (m.index <= index && index < m.index + m[0].length) return true;
    }
    return false;
  });
}

/** Every avoided variant in the texts, as "file path: «word» → use «use»". */
export function terminologyProblems(
  texts: PlacedText[],
  lang: 'nl' | 'en',
  terms: TerminologyFile,
): string[] {
  const out: string[] = [];
  for (const { file, path, text } of texts) {
    const shown = visibleWords(text);
    for (const concept of terms.concepts) {
      const choice = concept[lang];
      for (const avoid of choice.avoid) {
        if (avoid.allowIn?.includes(file)) continue;
        for (const m of shown.matchAll(wordPattern(avoid.word))) {
          if (allowedAt(shown, m.index, avoid)) continue;
          out.push(`${file} ${path}: «${m[0]}» → use «${choice.use}» (${concept.id})`);
        }
      }
    }
  }
  return out;
}

/**
 * Glossary links whose shown text would be the term's id: allowed only where the id, with
 * spaces for hyphens, is the very word to show (the term's spelling, or its abbreviation in brackets).
 */
export function idsShownAsText(
  texts: PlacedText[],
  spelling: (id: string) => string[] | undefined,
): string[] {
  const out: string[] = [];
  for (const { file, path, text } of texts) {
    for (const m of text.matchAll(/\[\[([a-z0-9-]+)\]\]/g)) {
      const id = m[1] ?? '';
      const shown = id.replace(/-/g, ' ');
      const forms = spelling(id) ?? [];
      if (!forms.includes(shown)) out.push(`${file} ${path}: [[${id}]] shows «${shown}»`);
    }
  }
  return out;
}

/** The forms a term may be shown in unlabelled: its Dutch spelling in lower case, or its abbreviation. */
export function termForms(termNl: string): string[] {
  const bare = termNl.replace(/\s*\(([^)]+)\)\s*$/, '');
  const abbreviation = /\(([^)]+)\)\s*$/.exec(termNl)?.[1];
  // "Melding" is written "melding" in a sentence; a short name such as "Wmo" or "CAK" is not.
  const short = (bare.split(' ')[0] ?? '').length <= 3;
  const inSentence = short ? bare : bare.charAt(0).toLowerCase() + bare.slice(1);
  return [bare, inSentence, ...(abbreviation ? [abbreviation] : [])];
}
