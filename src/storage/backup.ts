import { z } from '../lib/zod';
import { checkShape, hasDuplicates, isTooDeep } from './backupChecks';
import { parseEntry } from './entries';
import { dossierId, dossierRecord, isOwnPath, type Dossier } from './records';

/**
 * The backup file (.aantafel.json): every dossier with every answer, versioned, so that any later
 * version of the app can read it. Nothing is written before the whole file has been checked.
 */
export const backupFormat = 1;
export const backupApp = 'aan-tafel';
/** A sane limit: a full dossier is some tens of kilobytes. */
export const backupMaxBytes = 5 * 1024 * 1024;

const entryRow = z.object({
  key: z.string().min(3).max(200),
  value: z.unknown(),
  updatedAt: z.iso.datetime(),
});

const backupSchema = z.object({
  app: z.literal(backupApp),
  format: z.number().int().min(1),
  appVersion: z.string().max(50),
  exportedAt: z.iso.datetime(),
  dossiers: z
    .array(
      z.object({
        // Only ids this app makes (issue 16, item 11). Another id is refused, not replaced: the app
        // never wrote it, so the file was changed, and a new id would turn every later restore of
        // the same file into a copy instead of asking "kopie of vervangen".
        dossier: dossierRecord
          .omit({ deletedAt: true })
          // A last path that is not a page of this dossier is dropped, not refused (item 9).
          .extend({ id: dossierId, lastPath: z.unknown().optional() }),
        entries: z.array(entryRow).max(5_000),
      }),
    )
    .max(500),
});

export interface BackupDossier {
  dossier: Dossier;
  entries: { key: string; value: unknown; updatedAt: string }[];
}

export interface Backup {
  format: number;
  appVersion: string;
  exportedAt: string;
  dossiers: BackupDossier[];
}

export type BackupError =
  | { code: 'too-large'; bytes: number }
  | { code: 'not-json' }
  | { code: 'wrong-app' }
  | { code: 'newer-format'; format: number }
  | { code: 'invalid'; path: string }
  /** Nested deeper than any file the app makes: damaged or made to harm. */
  | { code: 'damaged' }
  /** A value that looks encrypted, in a file that is not: the app could never open it. */
  | { code: 'sealed-value' }
  /** The same dossier, or the same answer in one dossier, twice. */
  | { code: 'duplicate' }
  /** An encrypted file whose key parameters are not the app's: refused before the passphrase. */
  | { code: 'bad-envelope' }
  | { code: 'empty' }
  | { code: 'needs-passphrase' }
  | { code: 'wrong-passphrase' };

/** An encrypted file holds a full-size backup in base64, so it may be a third larger. */
const anyFileMaxBytes = Math.ceil((backupMaxBytes * 4) / 3) + 1_000;

export function makeBackup(dossiers: BackupDossier[], appVersion: string, now: Date): string {
  const file = {
    app: backupApp,
    format: backupFormat,
    appVersion,
    exportedAt: now.toISOString(),
    dossiers: dossiers.map(({ dossier, entries }) => {
      const { deletedAt: _deleted, ...kept } = dossier;
      void _deleted;
      return { dossier: kept, entries };
    }),
  };
  return JSON.stringify(file, null, 1);
}

export type ReadResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

/** Reads a backup file's text. Never throws: a bad file gives a typed error. */
export function readBackup(text: string): ReadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > anyFileMaxBytes) return { ok: false, error: { code: 'too-large', bytes } };
  // Counted on the text itself, so that nothing deep is ever parsed (issue 16, item 12).
  if (isTooDeep(text)) return { ok: false, error: { code: 'damaged' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { app?: unknown }).app !== backupApp) {
    return { ok: false, error: { code: 'wrong-app' } };
  }
  const format = (raw as { format?: unknown }).format;
  if (typeof format === 'number' && format > backupFormat)
    return { ok: false, error: { code: 'newer-format', format } };
  // Locked with a passphrase: backupCrypto.ts checks the envelope, opens it and reads the text inside.
  if ('encrypted' in raw) return { ok: false, error: { code: 'needs-passphrase' } };
  if (bytes > backupMaxBytes) return { ok: false, error: { code: 'too-large', bytes } };
  const shape = checkShape(raw);
  if (shape) return { ok: false, error: shape };
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid', path: parsed.error.issues[0]?.path.join('.') ?? '' },
    };
  }
  const dossiers: BackupDossier[] = [];
  for (const [i, d] of parsed.data.dossiers.entries()) {
    if (hasDuplicates(d.entries.map((e) => e.key)))
      return { ok: false, error: { code: 'duplicate' } };
    const entries: BackupDossier['entries'] = [];
    for (const [j, e] of d.entries.entries()) {
      // Only the parsed value is kept: no field the schema does not know is ever stored.
      const value = parseEntry(e.key, e.value);
      if (value === undefined) {
        return { ok: false, error: { code: 'invalid', path: `dossiers.${i}.entries.${j}` } };
      }
      entries.push({ key: e.key, value, updatedAt: e.updatedAt });
    }
    dossiers.push({ dossier: ownPathOnly(d.dossier), entries });
  }
  if (hasDuplicates(dossiers.map((d) => d.dossier.id))) {
    return { ok: false, error: { code: 'duplicate' } };
  }
  if (dossiers.length === 0) return { ok: false, error: { code: 'empty' } };
  const { format: f, appVersion, exportedAt } = parsed.data;
  return { ok: true, backup: { format: f, appVersion, exportedAt, dossiers } };
}

/** The dossier as parsed, without a last path that is not a page of its own (issue 16, item 9). */
function ownPathOnly(dossier: Omit<Dossier, 'lastPath'> & { lastPath?: unknown }): Dossier {
  const { lastPath, ...kept } = dossier;
  return isOwnPath(kept.id, lastPath) ? { ...kept, lastPath } : kept;
}
