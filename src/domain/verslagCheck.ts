import type { PlanDocument } from './planDocument';

/**
 * Checking the verslag against the resident's own plan: every item they shared (the version for
 * the gemeente) that they did not tick as covered is "ontbreekt in het verslag". The list feeds
 * the reaction to the verslag.
 */
export interface MissingItem {
  sectionTitle: string;
  id: string;
  label: string;
  text: string;
}

export function missingFromVerslag(
  plan: PlanDocument,
  covered: Readonly<Record<string, boolean>>,
): MissingItem[] {
  return plan.sections.flatMap((section) =>
    section.items
      .filter((item) => !covered[item.id])
      .map((item) => ({
        sectionTitle: section.title,
        id: item.id,
        label: item.label,
        text: item.text,
      })),
  );
}

/** The plan items the resident ticked as "in het verslag" (entries tick:verslag:<itemId>). */
export function coveredFromTicks(
  ticks: Readonly<Record<string, boolean>>,
): Record<string, boolean> {
  return Object.fromEntries(
    Object.entries(ticks)
      .filter(([k]) => k.startsWith('verslag:'))
      .map(([k, v]) => [k.slice('verslag:'.length), v]),
  );
}
