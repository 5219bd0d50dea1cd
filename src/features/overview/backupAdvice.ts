import { daysBetween } from '../../domain/calendar';

/** How many days before the gesprek the overview asks for a backup. */
export const gesprekSoonDays = 7;

export type BackupAdvice = 'gesprek' | 'part' | 'changes' | null;

/**
 * Whether the overview quietly asks for a backup, and why (issue 18, part 3). Only when
 * something changed since the last backup (or the last "Niet nu"):
 * - `gesprek`: the gesprek is today or within a week;
 * - `part`: a part of the preparation was marked done, a big step;
 * - `changes`: many answers changed (backupReminderAfter).
 * Pure: "today" and the gesprek are ISO dates, passed in.
 */
export function backupAdvice(
  state: { changes: number; partsDone: number },
  gesprek: string | undefined,
  today: string,
  manyChanges: number,
): BackupAdvice {
  if (state.changes === 0) return null;
  if (gesprek !== undefined) {
    const days = daysBetween(today, gesprek);
    if (days >= 0 && days <= gesprekSoonDays) return 'gesprek';
  }
  if (state.partsDone > 0) return 'part';
  if (state.changes >= manyChanges) return 'changes';
  return null;
}
