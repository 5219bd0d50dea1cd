import { addDaysIso, weekday } from './calendar';
import equated from './gelijkgestelde-dagen.json' with { type: 'json' };

/**
 * The Algemene termijnenwet (Atw): when a statutory term really ends.
 * Dates are ISO calendar dates; "today" is never read here.
 */
export type FeestdagId =
  | 'nieuwjaarsdag'
  | 'goede-vrijdag'
  | 'tweede-paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag'
  | 'gelijkgesteld';

export interface Feestdag {
  id: FeestdagId;
  date: string;
  /** For an equated day: its name and the decree it comes from. */
  equated?: { name: { nl: string; en: string }; source: string };
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const cache = new Map<number, Feestdag[]>();

/** Every day that counts as a feestdag for the Atw in one year. */
export function feestdagen(year: number): Feestdag[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  const kingsDay = weekday(`${y}-04-27`) === 0 ? `${y}-04-26` : `${y}-04-27`;
  const days: Feestdag[] = [
    // Atw art. 3 lid 1
    { id: 'nieuwjaarsdag', date: `${y}-01-01` },
    { id: 'tweede-paasdag', date: addDaysIso(easter, 1) },
    { id: 'koningsdag', date: kingsDay }, // 27 April, or 26 April when the 27th is a Sunday
    { id: 'bevrijdingsdag', date: `${y}-05-05` }, // every year, not only in lustrum years
    { id: 'hemelvaartsdag', date: addDaysIso(easter, 39) },
    { id: 'tweede-pinksterdag', date: addDaysIso(easter, 50) },
    { id: 'eerste-kerstdag', date: `${y}-12-25` },
    { id: 'tweede-kerstdag', date: `${y}-12-26` },
    // Atw art. 3 lid 2
    { id: 'goede-vrijdag', date: addDaysIso(easter, -2) },
    // Atw art. 3 lid 3: days equated by decree, kept as data
    ...equated.days
      .filter((d) => d.date.startsWith(`${y}-`))
      .map((d) => ({
        id: 'gelijkgesteld' as const,
        date: d.date,
        equated: { name: d.name, source: d.source },
      })),
  ];
  cache.set(year, days);
  return days;
}

/** The years for which the decrees of Atw art. 3 lid 3 are known to this app (both included). */
export const equatedDaysCover: { from: number; to: number } = equated.covers;

/**
 * Could a day equated by a decree we do not know fall between `start` and `end`? True when any
 * year in that span lies outside the years the table covers: the app then says so in words.
 */
export function equatedDaysMayBeUnknown(start: string, end: string): boolean {
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  return first < equatedDaysCover.from || last > equatedDaysCover.to;
}

export function feestdagOn(date: string): Feestdag | undefined {
  return feestdagen(Number(date.slice(0, 4))).find((f) => f.date === date);
}

/** Atw art. 3: is this day an algemeen erkende feestdag (or one equated with it)? */
export function isFeestdag(date: string): boolean {
  return feestdagOn(date) !== undefined;
}

/** A Saturday, Sunday or feestdag: a day on which a term cannot end (Atw art. 1). */
export function isFreeDay(date: string): boolean {
  const wd = weekday(date);
  return wd === 0 || wd === 6 || isFeestdag(date);
}

export type Term = { days: number } | { weeks: number };

export function termDays(term: Term): number {
  return 'days' in term ? term.days : term.weeks * 7;
}

/** Atw art. 4: the law does not apply to terms longer than 90 days or 12 weeks. */
function atwApplies(term: Term): boolean {
  return 'days' in term ? term.days <= 90 : term.weeks <= 12;
}

/** The end of the term by counting alone: day 1 is the day after the event. */
export function naiveEnd(start: string, term: Term): string {
  return addDaysIso(start, termDays(term));
}

/**
 * The last day of a statutory term that starts after the event on `start`.
 * 6 weeks from Monday 2 March 2026 ends Monday 13 April 2026.
 */
export function termEnd(start: string, term: Term): string {
  let end = naiveEnd(start, term);
  if (!atwApplies(term)) return end;
  // Atw art. 1: a term ending on a Saturday, Sunday or feestdag runs on to the next day that is none.
  while (isFreeDay(end)) end = addDaysIso(end, 1);
  // Atw art. 2: a term of at least 3 days holds at least two days that are not free.
  if (termDays(term) >= 3) {
    let working = 0;
    for (let d = addDaysIso(start, 1); d <= end; d = addDaysIso(d, 1))
      if (!isFreeDay(d)) working += 1;
    while (working < 2) {
      end = addDaysIso(end, 1);
      if (!isFreeDay(end)) working += 1;
    }
  }
  return end;
}
