/**
 * What went wrong with storage, in words the UI can explain. Kept apart from the database code
 * so that the layout and error pages can use it without loading Dexie.
 */
export type SaveProblem = 'quota' | 'unavailable' | 'unknown';

export function problemOf(error: unknown): SaveProblem {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if ([name, inner].some((n) => n === 'QuotaExceededError')) return 'quota';
  if (
    [
      'MissingAPIError',
      'InvalidStateError',
      'SecurityError',
      'OpenFailedError',
      'DatabaseClosedError',
    ].some((n) => n === name || n === inner)
  ) {
    return 'unavailable';
  }
  return 'unknown';
}
