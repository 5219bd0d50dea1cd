// One suite for everything under content/: schema, twins, references, plain language, coverage.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  glossaryFile,
  questionsFile,
  sourcesFile,
  worksheetsFile,
  worriesFile,
} from '../../src/content/schema';
import { contentFiles } from '../../src/content/files';
import { measure } from '../../src/domain/readability';
import { readabilityLimits } from './limits';
import { ids, localizedTexts, sourceDocs, termRefs } from './walk';
import { expectedWorksheetItems, expectedWorries, requiredGlossary } from './coverage';

const files = contentFiles;

type FileName = keyof typeof files;

function load(name: FileName): unknown {
  const [path, schema] = files[name];
  const raw: unknown = JSON.parse(readFileSync(resolve(__dirname, '../..', path), 'utf8'));
  return schema.parse(raw);
}

const glossaryIds = (): Set<string> =>
  new Set(glossaryFile.parse(load('glossary')).terms.map((t) => t.id));
const documentIds = (): Set<string> =>
  new Set(sourcesFile.parse(load('sources')).documents.map((d) => d.id));

// Text that states a rule of law must carry a source (its own or a parent's).
const legalClaim =
  /(\bwet\b|\bwmo\b|\bawb\b|\batw\b|artikel|recht op|verplicht|binnen (\d+|zeven|zes|twee) (dagen|weken)|\b\d+ (dagen|weken)\b|dwangsom)/i;

function unsourcedClaims(value: unknown, path: string, sourced: boolean): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unsourcedClaims(v, `${path}[${i}]`, sourced));
  if (typeof value !== 'object' || value === null) return [];
  const v = value as Record<string, unknown>;
  if (typeof v.nl === 'string' && typeof v.en === 'string') {
    return !sourced && legalClaim.test(v.nl) ? [`${path}: ${v.nl.slice(0, 80)}`] : [];
  }
  const here = sourced || (Array.isArray(v.sources) && v.sources.length > 0);
  return Object.entries(v).flatMap(([k, child]) =>
    k === 'sources' ? [] : unsourcedClaims(child, `${path}.${k}`, here),
  );
}

interface SectionFigures {
  section: string;
  blocks: number;
  sentences: number;
  mean: number;
  max: number;
  longWordShare: number;
}
const report: SectionFigures[] = [];

describe.each(Object.keys(files) as FileName[])('content file %s', (name) => {
  it('parses against its schema', () => {
    expect(() => load(name)).not.toThrow();
  });

  it('has unique ids', () => {
    const all = ids(load(name));
    const dupes = all.filter((x, i) => all.indexOf(x) !== i);
    expect(dupes).toEqual([]);
  });

  it('marks only glossary terms that exist, the same ones in nl and en', () => {
    const known = glossaryIds();
    for (const { path, text } of localizedTexts(load(name))) {
      const nl = termRefs(text.nl);
      for (const ref of nl) expect(known, `${path} marks unknown term ${ref}`).toContain(ref);
      expect(new Set(termRefs(text.en)), `${path}: nl and en mark different terms`).toEqual(
        new Set(nl),
      );
    }
  });

  it('cites only known source documents', () => {
    const known = documentIds();
    for (const doc of sourceDocs(load(name))) expect(known).toContain(doc);
  });

  it('gives every legal claim a source', () => {
    if (name === 'sources' || name === 'about' || name === 'accessibility') return;
    expect(unsourcedClaims(load(name), name, false)).toEqual([]);
  });

  it(`keeps Dutch sentences short (mean ≤ ${readabilityLimits.meanWordsPerSentence}, max ≤ ${readabilityLimits.maxWordsPerSentence})`, () => {
    if (name === 'sources' || name === 'terminology') return;
    const texts = localizedTexts(load(name));
    const all = texts.map((t) => t.text.nl).join('\n');
    const whole = measure(all);
    report.push({
      section: name,
      blocks: texts.length,
      sentences: whole.sentences,
      mean: Number(whole.meanWordsPerSentence.toFixed(1)),
      max: whole.maxWordsPerSentence,
      longWordShare: Number((whole.longWordShare * 100).toFixed(1)),
    });
    for (const { path, text } of texts) {
      const f = measure(text.nl);
      expect(
        f.maxWordsPerSentence,
        `${path}: sentence of ${f.maxWordsPerSentence} words: "${f.longestSentence}"`,
      ).toBeLessThanOrEqual(readabilityLimits.maxWordsPerSentence);
      expect(
        f.meanWordsPerSentence,
        `${path}: mean ${f.meanWordsPerSentence.toFixed(1)} words per sentence`,
      ).toBeLessThanOrEqual(readabilityLimits.meanWordsPerSentence);
    }
  });
});

describe('content references across files', () => {
  it('links every question to an existing next question', () => {
    const { questions } = questionsFile.parse(load('questions'));
    const known = new Set(questions.map((q) => q.id));
    for (const q of questions) if (q.yesNext) expect(known).toContain(q.yesNext);
    for (const q of questions)
      for (const b of q.blocks) if (b.kind === 'begrip') expect(glossaryIds()).toContain(b.term);
  });

  it('has the question chain vraag 1–5 in order, ending after vraag 5', () => {
    const { questions } = questionsFile.parse(load('questions'));
    expect(questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
    expect(questions.map((q) => q.yesNext)).toEqual([
      questions[1]?.id,
      questions[2]?.id,
      questions[3]?.id,
      questions[4]?.id,
      null,
    ]);
  });

  it('names the person in every "for someone else" variant, in nl and en', () => {
    const { questions } = questionsFile.parse(load('questions'));
    const { worksheets } = worksheetsFile.parse(load('worksheets'));
    const variants = [...questions.map((q) => q.questionOther), ...worksheets.map((w) => w.titleOther)];
    for (const v of variants) {
      expect(v.nl).toContain('{{naam}}');
      expect(v.en).toContain('{{naam}}');
    }
  });

  it('defines every required glossary term', () => {
    const known = glossaryIds();
    const missing = requiredGlossary.filter((t) => !known.has(t));
    expect(missing).toEqual([]);
  });

  it('covers every worksheet item of the brochure, plus the mantelzorger part', () => {
    const { worksheets } = worksheetsFile.parse(load('worksheets'));
    const present = Object.fromEntries(worksheets.map((w) => [w.id, w.items.map((i) => i.id)]));
    for (const [sheet, items] of Object.entries(expectedWorksheetItems)) {
      expect(present[sheet], `worksheet ${sheet}`).toBeDefined();
      const missing = items.filter((i) => !present[sheet]?.includes(i));
      expect(missing, `worksheet ${sheet} misses items`).toEqual([]);
    }
  });

  it('writes the letters as plain text: no markup, placeholders only in braces', () => {
    for (const { path, text } of localizedTexts(load('letters'))) {
      for (const t of [text.nl, text.en]) {
        expect(t, `${path} has markup`).not.toMatch(/\[\[|\*/);
        expect(t, `${path} has a broken placeholder`).not.toMatch(/\{\{|\}\}|\{[^}]*\s[^}]*\}/);
      }
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(text.en), `${path}: nl and en use different placeholders`).toEqual(
        names(text.nl),
      );
    }
  });

  it('writes the letters themselves in a formal register: no "…? Dan …" pair, no prompt to fill in', () => {
    const letters = localizedTexts(load('letters')).filter(({ path }) => path.startsWith('letter.'));
    expect(letters.length).toBeGreaterThan(50);
    for (const { path, text } of letters) {
      expect(text.nl, path).not.toMatch(/\?\s+Dan\b/);
      expect(text.en, path).not.toMatch(/\?\s+Then\b/);
      expect(text.nl, path).not.toMatch(/\(Schrijf hier|\(Vul hier/);
    }
  });

  it('covers all 11 worries of the handreiking', () => {
    const { worries } = worriesFile.parse(load('worries'));
    expect(worries.map((w) => w.id)).toEqual(expectedWorries);
  });
});

afterAll(() => {
  if (report.length === 0) return;
  const all = report.reduce(
    (acc, r) => ({ sentences: acc.sentences + r.sentences, words: acc.words + r.mean * r.sentences }),
    { sentences: 0, words: 0 },
  );
  console.log('\nReadability of the Dutch content (words per sentence; long words = 4+ syllables):');
  console.table(report);
  console.log(
    `All content: ${all.sentences} sentences, mean ${(all.words / all.sentences).toFixed(1)} words, max ${Math.max(...report.map((r) => r.max))} words.`,
  );
});
