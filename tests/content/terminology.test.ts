// One word for one thing, glossary links that show real words, and sources that cite real articles.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import nlUi from '../../content/ui/nl.json' with { type: 'json' };
import enUi from '../../content/ui/en.json' with { type: 'json' };
import { contentFiles } from '../../src/content/files';
import { glossaryFile, sourcesFile, terminologyFile } from '../../src/content/schema';
import {
  idsShownAsText,
  terminologyProblems,
  termForms,
  visibleWords,
  type PlacedText,
} from './terminology';
import { citedArticles, unknownArticles } from './articles';
import { localizedTexts } from './walk';

type FileName = keyof typeof contentFiles;
const load = (name: FileName): unknown => {
  const [path, schema] = contentFiles[name];
  return schema.parse(JSON.parse(readFileSync(resolve(__dirname, '../..', path), 'utf8')));
};

function uiStrings(value: unknown, path = ''): PlacedText[] {
  if (typeof value === 'string') return [{ file: 'ui', path, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => uiStrings(v, path ? `${path}.${k}` : k));
}

const contentNames = (Object.keys(contentFiles) as FileName[]).filter(
  (n) => n !== 'sources' && n !== 'terminology',
);
function texts(lang: 'nl' | 'en'): PlacedText[] {
  const fromContent = contentNames.flatMap((file) =>
    localizedTexts(load(file)).map(({ path, text }) => ({ file, path, text: text[lang] })),
  );
  return [...fromContent, ...uiStrings(lang === 'nl' ? nlUi : enUi)];
}

const terms = terminologyFile.parse(load('terminology'));
const glossary = glossaryFile.parse(load('glossary'));

describe('the terminology list (content/terminology.json)', () => {
  it.each(['nl', 'en'] as const)('is kept everywhere in %s', (lang) => {
    expect(terminologyProblems(texts(lang), lang, terms)).toEqual([]);
  });

  it('finds a variant on its own, not inside a longer word, and honours its exceptions', () => {
    const at = (text: string, file = 'info'): PlacedText[] => [{ file, path: 'x', text }];
    expect(terminologyProblems(at('Vraag je ondersteuner.'), 'nl', terms)).toHaveLength(1);
    expect(terminologyProblems(at('Vraag je cliëntondersteuner.'), 'nl', terms)).toEqual([]);
    expect(terminologyProblems(at('Vul de data in.'), 'nl', terms)).toHaveLength(1);
    expect(terminologyProblems(at('Het besluit komt.'), 'nl', terms)).toHaveLength(1);
    expect(terminologyProblems(at('Het besluit komt.', 'letters'), 'nl', terms)).toEqual([]);
    expect(terminologyProblems(at('De beslissing op je bezwaar.'), 'nl', terms)).toEqual([]);
    expect(terminologyProblems(at('Your files'), 'en', terms)).toHaveLength(1);
    expect(terminologyProblems(at('Choose the backup file.'), 'en', terms)).toEqual([]);
    expect(terminologyProblems(at('The term ends.'), 'en', terms)).toHaveLength(1);
    expect(terminologyProblems(at('Ask a [[clientondersteuner|support person]].'), 'en', terms)).toHaveLength(1);
  });

  it('names one word to use for every concept, which is not itself a variant to avoid', () => {
    for (const c of terms.concepts)
      for (const lang of ['nl', 'en'] as const) {
        const own = terminologyProblems([{ file: 'x', path: c.id, text: c[lang].use }], lang, {
          concepts: [c],
        });
        expect(own, `${c.id} (${lang})`).toEqual([]);
      }
  });
});

describe('glossary links', () => {
  const spelling = (id: string) => {
    const term = glossary.terms.find((t) => t.id === id);
    return term ? termForms(term.term.nl) : undefined;
  };

  it.each(['nl', 'en'] as const)('never show a term id as text (%s)', (lang) => {
    expect(idsShownAsText(texts(lang), spelling)).toEqual([]);
  });

  it('catch an id that is not the word itself', () => {
    const at: PlacedText[] = [
      { file: 'x', path: 'a', text: 'Vraag een [[clientondersteuner]].' },
      { file: 'x', path: 'b', text: 'Het [[cak]] en de [[wmo]].' },
      { file: 'x', path: 'c', text: 'Je [[melding]] en een [[pgb]].' },
    ];
    expect(idsShownAsText(at, spelling)).toEqual([
      'x a: [[clientondersteuner]] shows «clientondersteuner»',
      'x b: [[cak]] shows «cak»',
      'x b: [[wmo]] shows «wmo»',
    ]);
    expect(visibleWords('Een [[clientondersteuner|cliëntondersteuner]].')).toBe(
      'Een cliëntondersteuner.',
    );
  });
});

describe('sources cite articles that exist (content/sources.json)', () => {
  const documents = sourcesFile.parse(load('sources')).documents;

  it('knows every article cited anywhere in the content', () => {
    const problems = contentNames.flatMap((file) => unknownArticles(load(file), documents, file));
    expect(problems).toEqual([]);
  });

  it('reads the articles out of a ref, leaving out the lid and sub', () => {
    expect(citedArticles('art. 2.3.2 lid 4 sub b')).toEqual(['2.3.2']);
    expect(citedArticles('art. 6:7, 6:8 lid 1, 6:9 en 6:11')).toEqual(['6:7', '6:8', '6:9', '6:11']);
    expect(citedArticles('art. 2.3.2 lid 1, 4 (a–g) en 6')).toEqual(['2.3.2']);
    expect(citedArticles('art. 1 en 3')).toEqual(['1', '3']);
    expect(citedArticles('art. 4:17 lid 1–3')).toEqual(['4:17']);
    expect(citedArticles('art. 2.3.2 lid 1 en lid 8')).toEqual(['2.3.2']);
    expect(citedArticles('hoofdstuk 9')).toEqual(['hoofdstuk 9']);
    expect(citedArticles('De procedure')).toEqual([]);
  });

  it('fails on an article the law list does not hold', () => {
    const fake = { items: [{ sources: [{ doc: 'wmo', ref: 'art. 2.3.99 lid 1' }] }] };
    expect(unknownArticles(fake, documents, 'x')).toEqual([
      'x: wmo «art. 2.3.99 lid 1» cites 2.3.99, which is not in sources.json',
    ]);
  });
});
