/** The "tijdens en na het gesprek" checklist as a document model, ready to render. */
export interface ChecklistDocument {
  name: string;
  madeOn: string;
  ownQuestions: string[];
  companions: string;
  dates: { date: string; title: string }[];
  sections: { id: string; title: string; items: string[] }[];
  /** Ruled lines for notes during the gesprek. */
  noteLines: number;
}

export interface ChecklistInput {
  name: string;
  madeOn: string;
  /** One question per line, as typed. */
  ownQuestions: string;
  companions: string;
  dates: readonly { date: string; title: string }[];
  sections: readonly { id: string; title: string; items: readonly string[] }[];
}

export function buildChecklistDocument(input: ChecklistInput, noteLines = 10): ChecklistDocument {
  return {
    name: input.name,
    madeOn: input.madeOn,
    ownQuestions: input.ownQuestions
      .split('\n')
      .map((q) => q.replace(/^\s*[-•*\d.)]+\s*/, '').trim())
      .filter((q) => q !== ''),
    companions: input.companions.trim(),
    dates: [...input.dates],
    sections: input.sections
      .filter((s) => s.items.length > 0)
      .map((s) => ({ ...s, items: [...s.items] })),
    noteLines,
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
