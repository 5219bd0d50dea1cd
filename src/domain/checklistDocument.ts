/** The "tijdens en na het gesprek" checklist as a document model, ready to render. */
export interface ChecklistDocument {
  name: string;
  madeOn: string;
  ownQuestions: string[];
  companions: string;
  dates: { date: string; title: string }[];
  /**
   * Each phase with the points that lead (marked essential in content) and the others, the
   * "Meer tips". The paper list holds only the lead points, so that it fits on 2 A4 pages.
   */
  sections: ChecklistPhase[];
  /** How many points are not on the paper list; they stay in the app. */
  moreCount: number;
  /** What the resident wrote in the gespreksmodus, in the order written. */
  notes: { when: string; text: string }[];
  /** Ruled lines for notes during the gesprek. */
  noteLines: number;
}

/** "during": voor, tijdens and aan het einde van het gesprek; "after": na het gesprek. */
export type ChecklistPart = 'during' | 'after';

export interface ChecklistPhase {
  id: string;
  part: ChecklistPart;
  title: string;
  lead: string[];
  more: string[];
}

export interface ChecklistInput {
  name: string;
  madeOn: string;
  /** One question per line, as typed. */
  ownQuestions: string;
  companions: string;
  dates: readonly { date: string; title: string }[];
  sections: readonly {
    id: string;
    part: ChecklistPart;
    title: string;
    items: readonly { text: string; essential: boolean }[];
  }[];
  notes: readonly { when: string; text: string }[];
}

/**
 * Ruled lines for notes on paper at the gesprek. Once the gespreksmodus holds notes, the gesprek
 * has taken place and her notes take that place, so that a typical list stays on 2 A4 pages.
 */
const noteLinesBefore = 10;

export function buildChecklistDocument(input: ChecklistInput): ChecklistDocument {
  const sections = input.sections
    .map((s) => ({
      id: s.id,
      part: s.part,
      title: s.title,
      lead: s.items.filter((i) => i.essential).map((i) => i.text),
      more: s.items.filter((i) => !i.essential).map((i) => i.text),
    }))
    .filter((s) => s.lead.length + s.more.length > 0);
  const notes = input.notes
    .map((n) => ({ when: n.when, text: n.text.trim() }))
    .filter((n) => n.text !== '');
  return {
    name: input.name,
    madeOn: input.madeOn,
    ownQuestions: input.ownQuestions
      .split('\n')
      .map((q) => q.replace(/^\s*[-•*\d.)]+\s*/, '').trim())
      .filter((q) => q !== ''),
    companions: input.companions.trim(),
    dates: [...input.dates],
    sections,
    moreCount: sections.reduce((n, s) => n + s.more.length, 0),
    notes,
    noteLines: notes.length > 0 ? 0 : noteLinesBefore,
  };
}

/** A readable file name: persoonlijk-plan-ans-de-vries-2026-11-22.pdf */
export function pdfFileName(prefix: string, name: string, isoDate: string): string {
  // Letters that do not decompose into a base letter plus a mark.
  const plainLetters: Record<string, string> = {
    ł: 'l',
    ø: 'o',
    ß: 'ss',
    æ: 'ae',
    œ: 'oe',
    đ: 'd',
    ı: 'i',
    þ: 'th',
  };
  const slug = name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/ĳ/g, 'ij')
    .replace(/[łøßæœđıþ]/g, (c) => plainLetters[c] ?? c)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${[prefix, slug, isoDate].filter(Boolean).join('-')}.pdf`;
}
