import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from './planDocument';
import { missingFromVerslag } from './verslagCheck';

const plan = buildPlanDocument(
  [
    {
      id: 'wonen',
      title: 'Wonen',
      items: [
        { id: 'woning', label: 'Hoe je woont', text: 'Bovenwoning', private: false },
        { id: 'trap', label: 'Trap', text: 'Steil', private: false },
        { id: 'geheim', label: 'Geheim', text: 'Alleen voor mij', private: true },
        { id: 'leeg', label: 'Leeg', text: '', private: false },
      ],
    },
  ],
  { name: 'Ans', madeOn: '22 november 2026' },
  'gemeente',
);

describe('what is missing from the verslag', () => {
  it('lists every shared item not ticked as covered, never a private or empty one', () => {
    expect(missingFromVerslag(plan, { woning: true })).toEqual([
      { sectionTitle: 'Wonen', id: 'trap', label: 'Trap', text: 'Steil' },
    ]);
  });

  it('is empty when everything is covered', () => {
    expect(missingFromVerslag(plan, { woning: true, trap: true })).toEqual([]);
  });
});
