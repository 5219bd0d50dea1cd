// Issue 17, item 12: in a dossier for someone else, every text speaks to the helper about the
// person by name. A text that says "je" to the resident has an "Other" twin with {{naam}}.
import { describe, expect, it } from 'vitest';
import { chain } from '../../src/content/chain';
import type { LocalizedText } from '../../src/content/schema';
import { planAdvice, worksheets } from '../../src/content/worksheets';

interface Voiced {
  path: string;
  self: LocalizedText;
  other: LocalizedText | undefined;
  /** A label or heading: it may not say "je" even to the helper. */
  label: boolean;
}

const saysYou = {
  nl: /(?<!\p{L})(je|jij|jou|jouw|jezelf|jouzelf)(?!\p{L})/iu,
  en: /\b(you|your|yours|yourself)\b/i,
};
// "je" may address the helper ("Je kunt meer dan één onderdeel kiezen"); these point at the resident.
const pointsAtResident = {
  nl: /(?<!\p{L})(jij|jou|jouw|jezelf|jouzelf)(?!\p{L})/iu,
  en: /\b(your|yours|yourself)\b/i,
};

function worksheetTexts(): Voiced[] {
  const advice: Voiced[] = [
    { path: 'advice.title', self: planAdvice.title, other: planAdvice.titleOther, label: true },
    ...planAdvice.items.map((i) => ({ path: `advice.${i.id}`, self: i.text, other: i.textOther, label: false })),
  ];
  return advice.concat(
    worksheets.flatMap((ws) => [
    { path: `${ws.id}.title`, self: ws.title, other: ws.titleOther, label: true },
    { path: `${ws.id}.intro`, self: ws.intro, other: ws.introOther, label: false },
    ...ws.items.flatMap((i) => [
      { path: `${i.id}.label`, self: i.label, other: i.labelOther, label: true },
      { path: `${i.id}.help`, self: i.help, other: i.helpOther, label: false },
    ]),
    ]),
  );
}

function chainTexts(): Voiced[] {
  return chain.flatMap((q) => [
    { path: `${q.id}.question`, self: q.question, other: q.questionOther, label: true },
    { path: `${q.id}.shortAnswer`, self: q.shortAnswer.body, other: q.shortAnswer.bodyOther, label: false },
    ...q.blocks.flatMap((b): Voiced[] => {
      const at = `${q.id}.${b.id}`;
      switch (b.kind) {
        case 'uitleg':
          return [
            ...(b.title ? [{ path: `${at}.title`, self: b.title, other: b.titleOther, label: true }] : []),
            { path: `${at}.body`, self: b.body, other: b.bodyOther, label: false },
          ];
        case 'controleren':
        case 'doen':
          return [
            ...(b.title ? [{ path: `${at}.title`, self: b.title, other: b.titleOther, label: true }] : []),
            ...b.items.map((i) => ({ path: `${at}.${i.id}`, self: i.text, other: i.textOther, label: false })),
          ];
        case 'ervaring':
          return [
            { path: `${at}.title`, self: b.title, other: undefined, label: true },
            { path: `${at}.description`, self: b.description, other: undefined, label: false },
          ];
        case 'begrip':
          return [];
        default: {
          const never: never = b;
          return never;
        }
      }
    }),
  ]);
}

describe.each([
  ['the worksheets', worksheetTexts],
  ['the question chain', chainTexts],
])('%s in a dossier for someone else', (_name, texts) => {
  it('have an "Other" twin with {{naam}} in nl and en for every text that says "je"', () => {
    const missing = texts()
      .filter((t) => saysYou.nl.test(t.self.nl) || saysYou.en.test(t.self.en))
      .filter((t) => !t.other?.nl.includes('{{naam}}') || !t.other.en.includes('{{naam}}'))
      .map((t) => t.path);
    expect(missing).toEqual([]);
  });

  it('never speak to the resident in an "Other" twin, and its labels never say "je"', () => {
    for (const t of texts()) {
      if (!t.other) continue;
      const rule = t.label ? saysYou : pointsAtResident;
      expect(t.other.nl, t.path).not.toMatch(rule.nl);
      expect(t.other.en, t.path).not.toMatch(rule.en);
    }
  });

  it('use only the {{naam}} placeholder, and a twin only where the text has one to replace', () => {
    for (const t of texts()) {
      if (!t.other) continue;
      for (const text of [t.other.nl, t.other.en])
        expect(text.replaceAll('{{naam}}', ''), t.path).not.toMatch(/\{|\}/);
    }
  });
});
