import { addDays, differenceInCalendarDays, getDay } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { isValidDate, toIso } from './dates';

/**
 * The one wrapper around the date library (architecture rule 6). Calendar dates are ISO
 * strings; all arithmetic happens on UTC dates, so the machine's time zone never matters.
 */
export function fromIso(iso: string): UTCDate {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || !isValidDate(y, m, d)) {
    throw new RangeError(`Not a calendar date: ${iso}`);
  }
  return new UTCDate(y, m - 1, d);
}

export function toIsoDate(date: Date): string {
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDaysIso(iso: string, days: number): string {
  return toIsoDate(addDays(fromIso(iso), days));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return getDay(fromIso(iso));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(fromIso(to), fromIso(from));
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!m && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
