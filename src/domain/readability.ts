/**
 * Plain-language measurements for Dutch text (content-style.md).
 * Pure functions: no limits here, the tests own those.
 */

export interface ReadabilityFigures {
  sentences: number;
  words: number;
  meanWordsPerSentence: number;
  maxWordsPerSentence: number;
  longestSentence: string;
  /** Share (0–1) of words with 4 or more syllables. */
  longWordShare: number;
  longWords: string[];
}

/** Turns [[term|shown words]] and [[term]] into the words a reader sees. */
export function stripMarkup(text: string): string {
  return text.replace(
    /\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]/g,
    (_m, termId: string, shown?: string) => shown ?? termId.replace(/-/g, ' '),
  );
}

// Abbreviations whose full stop does not end a sentence.
const abbreviations = /\b(art|lid|nr|bijv|bv|o\.a|d\.w\.z|e\.g|i\.e|etc|Stcrt|p)\.\s/gi;

export function splitSentences(text: string): string[] {
  const plain = stripMarkup(text).replace(abbreviations, (m) => m.replace('.', '\u2024'));
  return plain
    .split(/\n+|(?<=[.!?…])\s+/u)
    .map((s) => s.replace(/^[-•*\d.)\s]+(?=\S)/u, '').trim())
    .filter((s) => countWords(s) > 0);
}

export function words(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function countWords(sentence: string): number {
  return words(sentence).length;
}

const vowel = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/;
const diaeresis = /[äëïöü]/;

/** Dutch syllables, estimated by vowel groups; a diaeresis starts a new syllable (ideeën). */
export function syllables(word: string): number {
  const w = word.toLowerCase();
  let count = 0;
  let inGroup = false;
  for (const ch of w) {
    if (vowel.test(ch)) {
      if (!inGroup || diaeresis.test(ch)) count += 1;
      inGroup = true;
    } else {
      inGroup = false;
    }
  }
  return Math.max(count, /\p{L}/u.test(w) ? 1 : 0);
}

export function measure(text: string): ReadabilityFigures {
  const sentences = splitSentences(text);
  let total = 0;
  let max = 0;
  let longest = '';
  const long: string[] = [];
  for (const s of sentences) {
    const ws = words(s);
    total += ws.length;
    if (ws.length > max) {
      max = ws.length;
      longest = s;
    }
    for (const w of ws) if (/\p{L}/u.test(w) && syllables(w) >= 4) long.push(w);
  }
  return {
    sentences: sentences.length,
    words: total,
    meanWordsPerSentence: sentences.length ? total / sentences.length : 0,
    maxWordsPerSentence: max,
    longestSentence: longest,
    longWordShare: total ? long.length / total : 0,
    longWords: long,
  };
}
