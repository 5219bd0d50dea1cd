import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument, labelLead } from '../domain/planDocument';
import { planSections, type PlanEntries } from './planSections';
import { worksheets } from './worksheets';

// Every item filled in and chosen: the plan then shows every label there is.
const entries: PlanEntries = {
  worksheet: Object.fromEntries(
    worksheets.flatMap((ws) => ws.items.map((i) => [i.id, { text: '3', choice: 'ja' as const, private: false }])),
  ),
  chosen: Object.fromEntries(worksheets.map((ws) => [ws.id, ws.items.map((i) => i.id)])),
};
const t = ((key: string) => key) as unknown as TFunction;

// The resident to the gemeente: never "je", "jij", "jouw", "you" or "your".
const secondPerson = {
  nl: /(?<!\p{L})(je|jij|jou|jouw|jezelf|jouzelf|u|uw)(?!\p{L})/iu,
  en: /\b(you|your|yours|yourself)\b/i,
};
const firstPerson = {
  nl: /(?<!\p{L})(ik|mij|me|mijn|mezelf)(?!\p{L})/iu,
  en: /\b(I|me|my|myself)\b/,
};

describe.each(['nl', 'en'] as const)('the plan PDF in %s', (language) => {
  const doc = buildPlanDocument(
    planSections(worksheets, entries, language, t),
    { name: 'Riet', madeOn: '' },
    'zelf',
  );
  const labels = doc.sections.flatMap((s) => s.items.map((i) => i.label));

  it('prints every worksheet item', () => {
    expect(labels).toHaveLength(worksheets.reduce((n, ws) => n + ws.items.length, 0));
  });

  it('speaks as the resident: labels say "ik", never "je"', () => {
    for (const label of labels) expect(label).not.toMatch(secondPerson[language]);
    for (const title of doc.sections.map((s) => s.title))
      expect(title).not.toMatch(secondPerson[language]);
    // The labels that talk about who gets or gives the care say whose it is.
    const own = doc.sections
      .flatMap((s) => s.items)
      .filter((i) => ['zorg-nu', 'mantelzorg-nu', 'eigen-kracht', 'vraag-woningaanpassing'].includes(i.id));
    expect(own).toHaveLength(4);
    for (const item of own) expect(item.label).toMatch(firstPerson[language]);
  });

  it('never leads an answer with "?:" or "::"', () => {
    for (const label of labels) {
      expect(label).not.toMatch(/[?:]$/);
      expect(labelLead(label)).not.toMatch(/[?!.:]:/);
    }
  });
});
