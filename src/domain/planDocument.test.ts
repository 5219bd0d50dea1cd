import { describe, expect, it } from 'vitest';
import { buildChecklistDocument, pdfFileName } from './checklistDocument';
import { buildPlanDocument, isEmptyPlan, labelLead, type PlanSectionInput } from './planDocument';
import { sanitizeForPdf } from './pdfText';

const sections: PlanSectionInput[] = [
  {
    id: 'voorstellen',
    title: 'Mag ik me voorstellen?',
    items: [
      { id: 'naam', label: 'Naam', text: 'Ans de Vries', private: false },
      { id: 'adres', label: 'Adres', text: '   ', private: false },
      { id: 'woonsituatie', label: 'Hoe je woont', text: 'Flat, 3 hoog', private: true },
    ],
  },
  {
    id: 'zelf-oplossen',
    title: 'Wat kan ik zelf?',
    items: [{ id: 'eigen-kracht', label: 'Eigen kracht', text: '', private: false }],
  },
  {
    id: 'vorm',
    title: 'Hoe kan die ondersteuning eruitzien?',
    items: [{ id: 'x', label: 'Geheim', text: 'Alleen ik', private: true }],
  },
];
const meta = { name: 'Ans de Vries', madeOn: 'zondag 22 november 2026' };

describe('plan document', () => {
  it('keeps only filled-in items and leaves empty sections out', () => {
    const doc = buildPlanDocument(sections, meta, 'zelf');
    expect(doc.sections.map((s) => s.id)).toEqual(['voorstellen', 'vorm']);
    expect(doc.sections[0]?.items.map((i) => i.id)).toEqual(['naam', 'woonsituatie']);
    expect(doc.privateLeftOut).toBe(0);
  });

  it('leaves every private item out of the version for the gemeente, and the sections they empty', () => {
    const doc = buildPlanDocument(sections, meta, 'gemeente');
    expect(doc.sections.map((s) => s.id)).toEqual(['voorstellen']);
    expect(doc.sections[0]?.items.map((i) => i.id)).toEqual(['naam']);
    expect(JSON.stringify(doc)).not.toContain('Flat, 3 hoog');
    expect(JSON.stringify(doc)).not.toContain('Alleen ik');
    expect(doc.privateLeftOut).toBe(2);
  });

  it('knows when there is nothing to print', () => {
    expect(isEmptyPlan(buildPlanDocument([sections[1] as PlanSectionInput], meta, 'zelf'))).toBe(
      true,
    );
  });
});

describe('checklist document', () => {
  it('reads own questions one per line, without list marks', () => {
    const doc = buildChecklistDocument({
      name: 'Ans',
      madeOn: 'vandaag',
      ownQuestions: '- Hoe lang duurt het?\n\n2. Krijg ik een verslag?\n  ',
      companions: ' Kees (zoon) ',
      dates: [],
      sections: [
        { id: 'a', part: 'during', title: 'A', items: [] },
        { id: 'b', part: 'during', title: 'B', items: [{ text: 'x', essential: false }] },
      ],
      notes: [],
    });
    expect(doc.ownQuestions).toEqual(['Hoe lang duurt het?', 'Krijg ik een verslag?']);
    expect(doc.companions).toBe('Kees (zoon)');
    expect(doc.sections.map((s) => s.id)).toEqual(['b']);
  });

  it('makes readable file names', () => {
    expect(pdfFileName('persoonlijk-plan', 'Ans de Vrïes', '2026-11-22')).toBe(
      'persoonlijk-plan-ans-de-vries-2026-11-22.pdf',
    );
    expect(pdfFileName('persoonlijk-plan', 'Ĳsbrand Şahin', '2026-11-22')).toBe(
      'persoonlijk-plan-ijsbrand-sahin-2026-11-22.pdf',
    );
    expect(pdfFileName('persoonlijk-plan', '🙂', '2026-11-22')).toBe(
      'persoonlijk-plan-2026-11-22.pdf',
    );
    expect(pdfFileName('plan', 'Łukasz Øster', '2026-11-22')).toBe(
      'plan-lukasz-oster-2026-11-22.pdf',
    );
  });
});

describe('sanitizeForPdf', () => {
  const ranges = [
    [0x20, 0x7e],
    [0xe9, 0xe9],
  ] as const;
  it('keeps what the font can draw and marks the rest visibly', () => {
    expect(sanitizeForPdf('café', ranges)).toEqual({ text: 'café', replaced: 0 });
    expect(sanitizeForPdf('cafe\u0301', ranges)).toEqual({ text: 'café', replaced: 0 });
    expect(sanitizeForPdf('Top 👍🏽 en 👨‍👩‍👧!', ranges)).toEqual({
      text: 'Top (?) en (?)!',
      replaced: 2,
    });
    expect(sanitizeForPdf('a\r\nb', ranges).text).toBe('a\nb');
  });
});

describe('plan labels', () => {
  it('lead an answer with one colon, never "?:" (issue 17, item 12)', () => {
    expect(labelLead('Naam')).toBe('Naam: ');
    expect(labelLead('Wat ik zelf kan (eigen kracht)')).toBe('Wat ik zelf kan (eigen kracht): ');
    expect(labelLead('Hoe oud ben ik?')).toBe('Hoe oud ben ik? ');
    expect(labelLead(' Adres: ')).toBe('Adres: ');
  });

  it('come out of the document model without a trailing colon', () => {
    const doc = buildPlanDocument(
      [
        {
          id: 's',
          title: 'S',
          items: [{ id: 'a', label: 'Adres:', text: 'Dorpsstraat 1', private: false }],
        },
      ],
      meta,
      'gemeente',
    );
    expect(doc.sections[0]?.items[0]?.label).toBe('Adres');
  });
});
