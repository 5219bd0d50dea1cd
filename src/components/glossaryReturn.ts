import { paths } from '../lib/paths';

/**
 * The begrippenlijst's back link returns to the page she came from (issue 17, item 3). A link to
 * the list carries that page in the history state, so it survives a reload; only a path inside
 * the app is taken, never an address elsewhere.
 */
export interface GlossaryReturn {
  from: string;
}

export function readGlossaryReturn(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('from' in state)) return undefined;
  const from = (state as { from: unknown }).from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return undefined;
  return from.split(/[?#]/)[0] === paths.infoSections.glossary ? undefined : from;
}

/** The state for a link to the list: this page, or (within the list) where she came from. */
export function glossaryReturnState(location: {
  pathname: string;
  search: string;
  state: unknown;
}): GlossaryReturn | undefined {
  if (location.pathname === paths.infoSections.glossary) {
    const from = readGlossaryReturn(location.state);
    return from ? { from } : undefined;
  }
  return { from: `${location.pathname}${location.search}` };
}
