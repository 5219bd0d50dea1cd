import { kindOf, letterFields, noteList, worksheetValue } from './entries';

/**
 * Every text has a hard limit of what is stored (storedTextMax and the letter fields' own
 * limits). A value over it can never be saved, so it must not be retried (issue 16, item 8):
 * this says which text is too long, how long it is, and how long it may be.
 */
export interface TooLong {
  text: string;
  length: number;
  limit: number;
}

const textSchemas = { ws: worksheetValue, note: noteList, letter: letterFields } as const;

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let here = value;
  for (const step of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[step];
  }
  return here;
}

/** The longest text in the value that is over its limit; undefined when none is. */
export function tooLong(key: string, value: unknown): TooLong | undefined {
  const kind = kindOf(key);
  if (kind !== 'ws' && kind !== 'note' && kind !== 'letter') return undefined;
  const parsed = textSchemas[kind].safeParse(value);
  if (parsed.success) return undefined;
  let worst: TooLong | undefined;
  for (const issue of parsed.error.issues) {
    if (issue.code !== 'too_big' || issue.origin !== 'string') continue;
    const text = at(value, issue.path);
    const limit = Number(issue.maximum);
    if (typeof text !== 'string' || !Number.isFinite(limit)) continue;
    if (!worst || text.length - limit > worst.length - worst.limit) {
      worst = { text, length: text.length, limit };
    }
  }
  return worst;
}
