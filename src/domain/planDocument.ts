/**
 * The persoonlijk plan as a document model, before any rendering: only filled-in items,
 * no empty sections, and in the version for the gemeente no private item at all.
 */
export type PlanVersion = 'gemeente' | 'zelf';

export interface PlanItemInput {
  id: string;
  /** In the resident's own words ("Wat ik zelf kan"): the plan speaks as "ik" (issue 17, item 12). */
  label: string;
  /** The answer as it should read, already in words. Empty means not filled in. */
  text: string;
  private: boolean;
}

export interface PlanSectionInput {
  id: string;
  title: string;
  items: readonly PlanItemInput[];
}

export interface PlanMeta {
  /** Whose plan it is. */
  name: string;
  meldingDate?: string;
  madeOn: string;
  helper?: string;
}

export interface PlanDocument {
  version: PlanVersion;
  meta: PlanMeta;
  sections: { id: string; title: string; items: PlanItemInput[] }[];
  /** How many filled-in items the gemeente version leaves out. */
  privateLeftOut: number;
}

export function buildPlanDocument(
  sections: readonly PlanSectionInput[],
  meta: PlanMeta,
  version: PlanVersion,
): PlanDocument {
  let privateLeftOut = 0;
  const out: PlanDocument['sections'] = [];
  for (const section of sections) {
    const items = section.items.filter((item) => {
      if (item.text.trim() === '') return false;
      if (version === 'gemeente' && item.private) {
        privateLeftOut += 1;
        return false;
      }
      return true;
    });
    if (items.length > 0)
      out.push({
        id: section.id,
        title: section.title,
        items: items.map((i) => ({ ...i, label: bareLabel(i.label), text: i.text.trim() })),
      });
  }
  return { version, meta, sections: out, privateLeftOut };
}

/** A label without the colon that a careless source may end it with. */
function bareLabel(label: string): string {
  return label.trim().replace(/[\s:]+$/, '');
}

/**
 * A label as it leads its answer: "Naam: ". A label that ends in its own mark ("?", "!") gets no
 * colon, so the plan never prints "…?:" (issue 17, item 12).
 */
export function labelLead(label: string): string {
  const bare = bareLabel(label);
  return /[?!.]$/.test(bare) ? `${bare} ` : `${bare}: `;
}

export function isEmptyPlan(doc: PlanDocument): boolean {
  return doc.sections.length === 0;
}
