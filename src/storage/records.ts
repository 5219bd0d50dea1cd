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

/** The shape of every id this app makes (crypto.randomUUID), and so of every id a backup may hold. */
export const dossierId = z.uuid();

/** One segment of the app's own paths: slugs only, never `.` or `..` (no %, so no %2e%2e either). */
const pathSegment = /^[A-Za-z0-9_~.-]+$/;

/**
 * A last path is only kept when it is a page inside this very dossier (issue 16, item 9): not
 * another site (`https:`, `//`), not another dossier, no backslash, no control character, no `..`.
 * "Verder waar je was" links to it, so anything else would be an open redirect.
 */
export function isOwnPath(id: string, path: unknown): path is string {
  if (typeof path !== 'string' || path.length > 300) return false;
  const base = `/dossiers/${id}`;
  if (path === base) return true;
  if (!path.startsWith(`${base}/`)) return false;
  const rest = path.slice(base.length + 1).split('/');
  return rest.every((s) => pathSegment.test(s) && s !== '.' && s !== '..');
}

/** The dossier without a last path that is not its own. */
function withOwnPath(d: Dossier): Dossier {
  if (d.lastPath === undefined || isOwnPath(d.id, d.lastPath)) return d;
  const { lastPath: _dropped, ...kept } = d;
  void _dropped;
  return kept;
}

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
  if (parsed.success) return withOwnPath(parsed.data);
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
  if (isOwnPath(r.id, r.lastPath)) repaired.lastPath = r.lastPath;
  const deletedAt = isoDate(r.deletedAt);
  if (deletedAt) repaired.deletedAt = deletedAt;
  return repaired;
}
