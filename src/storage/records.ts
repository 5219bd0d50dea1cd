import { z } from '../lib/zod';

export const dossierNameMax = 60;

export const dossierSubject = z.enum(['self', 'other']);
export type DossierSubject = z.infer<typeof dossierSubject>;

/** A dossier as stored (schema version 2). Parsed on every read; see repairDossier. */
export const dossierRecord = z.object({
  id: z.string().min(1),
  /** Chosen by the resident; empty means "use the default name" (see displayName in features). */
  name: z.string().max(dossierNameMax),
  subject: dossierSubject,
  /** First name of the person the gesprek is for, when that is someone else. */
  personName: z.string().max(dossierNameMax),
  /** Who helps fill it in (optional). */
  helperName: z.string().max(dossierNameMax),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The last page opened in this dossier, for "Verder waar je was". */
  lastPath: z.string().max(300).optional(),
  /** Set when deleted; the dossier stays restorable ("ongedaan maken") until it is purged. */
  deletedAt: z.iso.datetime().optional(),
});
export type Dossier = z.infer<typeof dossierRecord>;

const epoch = new Date(0).toISOString();
const isoDate = (v: unknown): string | undefined =>
  typeof v === 'string' && z.iso.datetime().safeParse(v).success ? v : undefined;
const shortText = (v: unknown): string => (typeof v === 'string' ? v.slice(0, dossierNameMax) : '');

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
  const updatedAt = isoDate(r.updatedAt) ?? isoDate(r.createdAt) ?? epoch;
  const subject = dossierSubject.safeParse(r.subject);
  const repaired: Dossier = {
    id: r.id,
    name: shortText(r.name),
    subject: subject.success ? subject.data : 'self',
    personName: shortText(r.personName),
    helperName: shortText(r.helperName),
    createdAt: isoDate(r.createdAt) ?? updatedAt,
    updatedAt,
  };
  if (typeof r.lastPath === 'string' && r.lastPath.startsWith('/') && r.lastPath.length <= 300) {
    repaired.lastPath = r.lastPath;
  }
  const deletedAt = isoDate(r.deletedAt);
  if (deletedAt) repaired.deletedAt = deletedAt;
  return repaired;
}
