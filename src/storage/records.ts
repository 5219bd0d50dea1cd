import { z } from 'zod';

export const dossierNameMax = 60;

/** A dossier as stored. Parsed on every read; see repairDossier. */
export const dossierRecord = z.object({
  id: z.string().min(1),
  name: z.string().max(dossierNameMax),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Dossier = z.infer<typeof dossierRecord>;

const epoch = new Date(0).toISOString();

/**
 * Makes a stored row fit the current schema where that is possible, so that one bad
 * record never breaks the app. Returns null only when the row has no usable id.
 */
export function repairDossier(raw: unknown): Dossier | null {
  const parsed = dossierRecord.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id.length === 0) return null;
  const date = (v: unknown): string | undefined =>
    typeof v === 'string' && z.iso.datetime().safeParse(v).success ? v : undefined;
  const updatedAt = date(r.updatedAt) ?? date(r.createdAt) ?? epoch;
  return {
    id: r.id,
    name: typeof r.name === 'string' ? r.name.slice(0, dossierNameMax) : '',
    createdAt: date(r.createdAt) ?? updatedAt,
    updatedAt,
  };
}
