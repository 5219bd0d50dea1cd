/** The status of one part of a dossier, as the task list shows it (GOV.UK task list). */
export type Progress = 'nog-niet-begonnen' | 'bezig' | 'klaar';

/** A part is "klaar" only when the resident says so; any answer makes it "bezig". */
export function partProgress(started: boolean, markedDone: boolean): Progress {
  if (markedDone) return 'klaar';
  return started ? 'bezig' : 'nog-niet-begonnen';
}

/**
 * A worksheet is "klaar" when every item that applies has an answer. For a
 * choose-then-detail worksheet, only the chosen items apply, and at least one must be chosen.
 */
export function worksheetProgress(
  itemIds: readonly string[],
  isFilled: (itemId: string) => boolean,
  chosen?: readonly string[],
): Progress {
  const applies = chosen ? itemIds.filter((id) => chosen.includes(id)) : itemIds;
  const filled = applies.filter(isFilled).length;
  if (chosen && chosen.length > 0 && filled === applies.length) return 'klaar';
  if (!chosen && filled === applies.length && applies.length > 0) return 'klaar';
  return filled > 0 || (chosen?.length ?? 0) > 0 ? 'bezig' : 'nog-niet-begonnen';
}

/** Age in whole years on `today` (ISO dates, no time zone). Null when not yet born. */
export function ageOn(birthDate: string, today: string): number | null {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  if ([by, bm, bd, ty, tm, td].some((n) => n === undefined || Number.isNaN(n))) return null;
  let age = (ty as number) - (by as number);
  if ((tm as number) < (bm as number) || (tm === bm && (td as number) < (bd as number))) age -= 1;
  return age < 0 ? null : age;
}
