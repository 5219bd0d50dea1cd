// The worked example (issue 17, "Show, don't only tell"): one fitting answer per worksheet item.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFile, worksheetsFile, type ExampleAnswer } from '../../src/content/schema';
import { localizedTexts } from './walk';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, '../..', path), 'utf8'));
const example = exampleFile.parse(read('content/worksheets/example.json'));
const { worksheets } = worksheetsFile.parse(read('content/worksheets/worksheets.json'));
const items = worksheets.flatMap((w) => w.items.map((item) => ({ sheet: w, item })));

/** What kind of answer each field type takes: the one the real form would store. */
function fits(answer: ExampleAnswer, type: string): boolean {
  if (type === 'age') return 'age' in answer;
  if (type === 'yesno') return 'choice' in answer;
  return 'text' in answer;
}

describe('the worked example (content/worksheets/example.json)', () => {
  it('answers every worksheet item once, and nothing else', () => {
    const answered = example.answers.map((a) => a.id);
    expect([...answered].sort()).toEqual(items.map(({ item }) => item.id).sort());
    expect(new Set(answered).size).toBe(answered.length);
  });

  it('gives each item the kind of answer its field takes, within its length, in nl and en', () => {
    for (const { item } of items) {
      const answer = example.answers.find((a) => a.id === item.id);
      expect(answer && fits(answer, item.field.type), `${item.id}: ${item.field.type}`).toBe(true);
      if (answer && 'text' in answer && 'maxLength' in item.field) {
        expect(answer.text.nl.length, item.id).toBeLessThanOrEqual(item.field.maxLength);
        expect(answer.text.en.length, item.id).toBeLessThanOrEqual(item.field.maxLength);
        expect(answer.text.en.trim(), item.id).not.toBe('');
      }
    }
  });

  it('chooses, for the example plan, only items of its choose-then-detail worksheets', () => {
    const chooseSheets = worksheets.filter((w) => w.layout === 'choose-then-detail');
    expect(Object.keys(example.chosen).sort()).toEqual(chooseSheets.map((w) => w.id).sort());
    for (const sheet of chooseSheets) {
      const own = new Set(sheet.items.map((i) => i.id));
      for (const id of example.chosen[sheet.id] ?? []) expect(own, sheet.id).toContain(id);
    }
  });

  it('holds no phone number, e-mail, web address or real-looking postcode', () => {
    for (const { path, text } of localizedTexts(example)) {
      for (const t of [text.nl, text.en]) {
        expect(t, path).not.toMatch(/\d[\d\s-]{6,}\d/);
        expect(t, path).not.toMatch(/@|https?:|www\./i);
        // Dutch postcodes never use the letters SA, SD or SS: such an address cannot exist.
        for (const [, letters] of t.matchAll(/\b\d{4}\s?([A-Z]{2})\b/g))
          expect(['SA', 'SD', 'SS'], `${path}: ${t}`).toContain(letters);
      }
    }
  });
});
