import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../content/schema';
import { worksheets } from '../../content/worksheets';
import { splitHelp } from './helpParts';

/**
 * Compact worksheets (issue 17): on a page of many items, the first paragraph of an item's help
 * is its hint and the rest folds behind "Meer uitleg". These checks keep the content fit for it.
 */
const paragraphs = (text: string) => text.split(/\n\s*\n/).length;
const listItems = worksheets.filter((w) => w.layout === 'list').flatMap((w) => w.items);
const allItems = worksheets.flatMap((w) => w.items);
const helps = (i: (typeof allItems)[number]): [string, LocalizedText][] => [
  ['help', i.help],
  ...(i.helpOther ? ([['helpOther', i.helpOther]] as [string, LocalizedText][]) : []),
];

describe('the help of a worksheet item', () => {
  it('splits in the same place in Dutch and English, and in both voices', () => {
    for (const item of allItems) {
      const counts = helps(item).flatMap(([, h]) => [paragraphs(h.nl), paragraphs(h.en)]);
      const fold = (counts[0] ?? 1) > 1;
      expect(
        counts.map((c) => c > 1),
        item.id,
      ).toEqual(counts.map(() => fold));
    }
  });

  it('has a short hint on a page of many items: at most two short sentences', () => {
    for (const item of listItems)
      for (const [key, help] of helps(item))
        for (const language of ['nl', 'en'] as const) {
          const hint = splitHelp(help).hint[language].replace('{{naam}}', 'Riet');
          expect(hint.length, `${item.id}.${key}.${language}: ${hint}`).toBeLessThanOrEqual(120);
          expect(hint, `${item.id}.${key}.${language}`).not.toMatch(/\n- /);
        }
  });

  it('of a one-line field is one plain paragraph (the field shows it as plain words)', () => {
    for (const item of allItems.filter((i) => i.field.type === 'text' || i.field.type === 'age'))
      for (const [key, help] of helps(item))
        for (const language of ['nl', 'en'] as const)
          expect(help[language], `${item.id}.${key}.${language}`).not.toMatch(/\n|\[\[|\*/);
  });

  it('folds what comes after the first blank line, and keeps a text without one whole', () => {
    expect(
      splitHelp({ nl: 'Vraag?\n\nDenk aan:\n- a', en: 'Question?\n\nThink of:\n- a' }),
    ).toEqual({
      hint: { nl: 'Vraag?', en: 'Question?' },
      more: { nl: 'Denk aan:\n- a', en: 'Think of:\n- a' },
    });
    expect(splitHelp({ nl: 'Alleen dit.', en: 'Only this.' })).toEqual({
      hint: { nl: 'Alleen dit.', en: 'Only this.' },
    });
  });
});
