import { afterAll, describe, expect, it } from 'vitest';
import nl from '../../content/ui/nl.json' with { type: 'json' };
import { measure, splitSentences } from '../../src/domain/readability';
import { readabilityLimits } from './limits';

/**
 * The plain-language check over every user-facing UI string: buttons, labels, hints, errors and
 * the PDF's own texts (content/ui/nl.json). Content blocks are checked in content.test.ts.
 */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** A placeholder reads as one word ("{{name}}" → "Ans"). */
const plain = (s: string) => s.replace(/\{\{[^}]+\}\}/g, 'X');

/** Messages that report a problem: they say what happened and what to do, in one or two sentences. */
export const isErrorMessage = (path: string) =>
  /(^|\.)(errors|routeError)\./.test(path) ||
  /(^|\.)(\w*[Ee]rror|\w*[Ff]ailed|quota|unavailable|unknown|tooLong|tooShort|denied)$/.test(path);

const all = strings(nl);
const errors = all.filter(([path]) => isErrorMessage(path));

describe('every UI string (nl)', () => {
  it(`keeps sentences short (mean ≤ ${readabilityLimits.meanWordsPerSentence}, max ≤ ${readabilityLimits.maxWordsPerSentence})`, () => {
    const tooLong = all.flatMap(([path, text]) => {
      const f = measure(plain(text));
      const long = f.maxWordsPerSentence > readabilityLimits.maxWordsPerSentence;
      const dense = f.sentences > 1 && f.meanWordsPerSentence > readabilityLimits.meanWordsPerSentence;
      return long || dense ? [`${path}: "${f.longestSentence}"`] : [];
    });
    expect(tooLong).toEqual([]);
  });

  it('says in every error message what happened and what to do, in one or two sentences', () => {
    expect(errors.length).toBeGreaterThan(30);
    const wordy = errors.filter(([, text]) => splitSentences(plain(text)).length > 2);
    expect(wordy.map(([path]) => path)).toEqual([]);
  });
});

afterAll(() => {
  const figures = all.map(([, text]) => measure(plain(text)));
  const sentences = figures.reduce((n, f) => n + f.sentences, 0);
  const words = figures.reduce((n, f) => n + f.meanWordsPerSentence * f.sentences, 0);
  const max = Math.max(...figures.map((f) => f.maxWordsPerSentence));
  console.log(
    `UI strings (nl): ${all.length} strings, ${sentences} sentences, mean ${(words / sentences).toFixed(1)} words, max ${max}; ${errors.length} error messages.`,
  );
});
