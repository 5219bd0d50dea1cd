/**
 * Rows that hold a whole object (letter:afzender, letter:<id>) or a list (note:gesprek) are merged
 * per field when they are stored (issue 16, item 6). A change is kept as what it changed: two tabs
 * that each change another field within the save delay both keep their field.
 */
export type Merge = (stored: unknown) => unknown;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What changed from `before` to `next`, as a function that applies just that to the value stored
 * by then. Undefined for other values (text, ticks): for those the newest value wins as a whole.
 */
export function mergeChange(before: unknown, next: unknown): Merge | undefined {
  if (isRecord(before) && isRecord(next)) {
    const fields = new Set([...Object.keys(before), ...Object.keys(next)]);
    const changed = [...fields].filter((f) => !same(before[f], next[f]));
    return (stored) => {
      const base = isRecord(stored) ? stored : {};
      const kept = Object.entries(base).filter(([f]) => !changed.includes(f));
      const set = changed.filter((f) => next[f] !== undefined).map((f) => [f, next[f]] as const);
      return Object.fromEntries([...kept, ...set]);
    };
  }
  if (Array.isArray(before) && Array.isArray(next)) {
    const has = (list: readonly unknown[], item: unknown) => list.some((x) => same(x, item));
    const added = next.filter((item) => !has(before, item));
    const removed = before.filter((item) => !has(next, item));
    return (stored) => {
      const base = Array.isArray(stored) ? stored.filter((item) => !has(removed, item)) : [];
      return [...base, ...added.filter((item) => !has(base, item))];
    };
  }
  return undefined;
}

/** Only rows whose parts are independent are merged; an ordered list (ids by line) is not. */
const mergedKinds = ['letter:', 'note:'];

/** The merge for a change to this row, or undefined when the newest value wins as a whole. */
export function mergeFor(key: string, before: unknown, next: unknown): Merge | undefined {
  return mergedKinds.some((k) => key.startsWith(k)) ? mergeChange(before, next) : undefined;
}

/** Two changes in a row: the first, then the second, on whatever is stored. */
export const chain = (first: Merge | undefined, second: Merge | undefined): Merge | undefined =>
  first && second ? (stored) => second(first(stored)) : (second ?? first);
