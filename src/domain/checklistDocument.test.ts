import { describe, expect, it } from 'vitest';
import { buildChecklistDocument, type ChecklistInput } from './checklistDocument';

const input = (over: Partial<ChecklistInput> = {}): ChecklistInput => ({
  name: 'Ans',
  madeOn: 'zondag 22 november 2026',
  ownQuestions: '',
  companions: '',
  dates: [],
  sections: [],
  notes: [],
  ...over,
});

describe('checklist document: the few that matter first (issue 17, item 14)', () => {
  it('puts the essential points in the lead and the others under "more", in content order', () => {
    const doc = buildChecklistDocument(
      input({
        sections: [
          {
            id: 'begin',
            part: 'during',
            title: 'Begin',
            items: [
              { text: 'a', essential: false },
              { text: 'b', essential: true },
              { text: 'c', essential: false },
              { text: 'd', essential: true },
            ],
          },
          { id: 'na', part: 'after', title: 'Na', items: [{ text: 'e', essential: false }] },
        ],
      }),
    );
    expect(doc.sections).toEqual([
      { id: 'begin', part: 'during', title: 'Begin', lead: ['b', 'd'], more: ['a', 'c'] },
      { id: 'na', part: 'after', title: 'Na', lead: [], more: ['e'] },
    ]);
    expect(doc.moreCount).toBe(3);
  });

  it('keeps the notes from the gespreksmodus in the order written, without empty ones', () => {
    const doc = buildChecklistDocument(
      input({
        notes: [
          { when: '10:05', text: ' Hulp bij het huishouden: 3 uur per week. ' },
          { when: '10:20', text: '  ' },
          { when: 'nog niet bewaard', text: 'Bellen over de traplift' },
        ],
      }),
    );
    expect(doc.notes).toEqual([
      { when: '10:05', text: 'Hulp bij het huishouden: 3 uur per week.' },
      { when: 'nog niet bewaard', text: 'Bellen over de traplift' },
    ]);
  });

  it('rules lines for notes on paper before the gesprek, and none once notes are saved', () => {
    expect(buildChecklistDocument(input()).noteLines).toBe(10);
    expect(
      buildChecklistDocument(input({ notes: [{ when: '10:05', text: 'Ja' }] })).noteLines,
    ).toBe(0);
  });
});
