import { isSealed } from '../lib/crypto';

/**
 * Checks on a backup file that a schema cannot make (issue 16, items 10 and 12). Each looks for
 * something the app itself never writes, so a file that has it was damaged or made to harm.
 */

/**
 * The deepest file the app makes nests 7 levels (file, dossiers, dossier, entries, entry, notes,
 * note). Far more is refused before JSON.parse, so a crafted file never reaches a parser that
 * recurses (zod, IndexedDB's structured clone) and fails there with a message that does not help.
 */
export const backupMaxDepth = 16;

/** Whether arrays and objects nest deeper than `limit`, counted on the text, outside strings. */
export function isTooDeep(text: string, limit: number = backupMaxDepth): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return false;
}

export function hasDuplicates(values: readonly string[]): boolean {
  return new Set(values).size !== values.length;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);
const fields = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/**
 * A plain file that holds a value that looks encrypted (`{"sealed":1,"iv":…,"ct":…}`), or a dossier
 * with sealed names. The app opens every value before it writes a backup, so it never makes one;
 * stored with the lock off, no key could ever open it. Looks at the raw file, before parsing
 * strips fields.
 */
export function checkShape(raw: unknown): { code: 'sealed-value' } | null {
  for (const d of list(fields(raw).dossiers)) {
    const dossier = fields(fields(d).dossier);
    if ('sealed' in dossier) return { code: 'sealed-value' };
    for (const e of list(fields(d).entries)) {
      if (isSealed(fields(e).value)) return { code: 'sealed-value' };
    }
  }
  return null;
}
