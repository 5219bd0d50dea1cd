/** The parts of a dossier's preparation, in the order the overview shows them. */
export const parts = ['vragen', 'plan', 'data', 'pdf', 'tijdens', 'na'] as const;
export type PartId = (typeof parts)[number];

/** Parts that later versions fill in; the overview says "binnenkort" for them. Empty now. */
export const comingSoon: ReadonlySet<PartId> = new Set<PartId>([]);

export const availableParts = parts.filter((p) => !comingSoon.has(p));
