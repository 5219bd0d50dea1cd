/** The status of one part of a dossier, as the task list shows it (GOV.UK task list). */
export type Progress = 'nog-niet-begonnen' | 'bezig' | 'klaar';

/** A part is "klaar" only when the resident says so; any answer makes it "bezig". */
export function partProgress(started: boolean, markedDone: boolean): Progress {
  if (markedDone) return 'klaar';
  return started ? 'bezig' : 'nog-niet-begonnen';
}

/** One worksheet item as progress sees it: an optional item may stay empty. */
export interface ProgressItem {
  id: string;
  optional?: boolean | undefined;
}

/** The resident's own word on a worksheet: "klaar", or "bezig" (she will come back). */
export type DoneMark = 'klaar' | 'bezig' | undefined;

export interface WorksheetProgress {
  progress: Progress;
  /** Items that apply, are not optional and have no answer yet. Said calmly, never a block. */
  empty: number;
}

/**
 * A worksheet is "klaar" when the resident says so, or, until she says otherwise, when every
 * item that applies and is not optional has an answer. An optional item never holds it back.
 * For a choose-then-detail worksheet, only the chosen items apply.
 */
export function worksheetProgress(
  items: readonly ProgressItem[],
  isFilled: (itemId: string) => boolean,
  chosen?: readonly string[],
  mark?: DoneMark,
): WorksheetProgress {
  const applies = chosen ? items.filter((i) => chosen.includes(i.id)) : items;
  const filled = applies.filter((i) => isFilled(i.id)).length;
  const empty = applies.filter((i) => !i.optional && !isFilled(i.id)).length;
  const started = filled > 0 || (chosen?.length ?? 0) > 0;
  if (mark === 'klaar') return { progress: 'klaar', empty };
  if (mark === undefined && started && empty === 0) return { progress: 'klaar', empty };
  return { progress: started ? 'bezig' : 'nog-niet-begonnen', empty };
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
