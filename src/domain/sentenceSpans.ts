import { splitSentences } from './readability';

/** One sentence of a text, with where it starts and ends (end is exclusive). */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * The sentences of plain text, each with its place in that text, so that a reader (or a
 * highlight) can point back to the exact characters. It reuses the readability splitter, which
 * tidies what it returns (it drops list bullets and leading numbers, and guards "art."), so each
 * sentence is located again in the original and keeps every character it had there:
 * "6 weken." stays "6 weken.", not "weken.".
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  for (const tidied of splitSentences(text)) {
    const sentence = tidied.replace(/\u2024/g, '.');
    const found = text.indexOf(sentence, cursor);
    if (found < 0) continue;
    const end = found + sentence.length;
    const raw = text.slice(cursor, end);
    const start = cursor + (raw.length - raw.trimStart().length);
    spans.push({ text: text.slice(start, end), start, end });
    cursor = end;
  }
  return spans;
}
