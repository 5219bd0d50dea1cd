import { isValidDate, parseDate, toIso } from './dates';

/**
 * Reads a date the way people type it (issue 17, item 10): "20-11-2026", "20-11-26", "20/11",
 * "20 nov 2026", "20 november", "vandaag", "gisteren", "morgen" (and the same in English). A day
 * without a year is the one nearest to today. Pure: today is passed in.
 */
export type ReadDate =
  { ok: true; iso: string } | { ok: false; problem: 'empty' | 'unreadable' | 'notReal' };

// prettier-ignore
const months: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2,
  maart: 3, march: 3, mrt: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

// prettier-ignore
const relative: Record<string, number> = {
  vandaag: 0, today: 0,
  gisteren: -1, yesterday: -1,
  eergisteren: -2,
  morgen: 1, tomorrow: 1,
};

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** A day and month without a year: this year's, last year's or next year's, whichever is nearest. */
function nearest(day: number, month: number, today: string): string | null {
  const year = Number(today.slice(0, 4));
  const options = [year - 1, year, year + 1]
    .filter((y) => isValidDate(y, month, day))
    .map((y) => toIso(y, month, day));
  options.sort(
    (a, b) => Math.abs(dayNumber(a) - dayNumber(today)) - Math.abs(dayNumber(b) - dayNumber(today)),
  );
  return options[0] ?? null;
}

function fromParts(day: number, month: number, year: number | undefined, today: string): ReadDate {
  if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, problem: 'notReal' };
  if (year === undefined) {
    const iso = nearest(day, month, today);
    return iso ? { ok: true, iso } : { ok: false, problem: 'notReal' };
  }
  const full = year < 100 ? 2000 + year : year;
  return isValidDate(full, month, day)
    ? { ok: true, iso: toIso(full, month, day) }
    : { ok: false, problem: 'notReal' };
}

export function readDate(input: string, today: string): ReadDate {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  if (s === '') return { ok: false, problem: 'empty' };
  if (s in relative) return { ok: true, iso: addDays(today, relative[s] ?? 0) };
  const strict = parseDate(s);
  if (strict) return { ok: true, iso: strict };
  // 20-11-2026, 20-11-26, 20/11, 20.11
  const numeric = /^(\d{1,2})[-/. ](\d{1,2})(?:[-/. ](\d{2}|\d{4}))?$/.exec(s);
  if (numeric) {
    const year = numeric[3] === undefined ? undefined : Number(numeric[3]);
    return fromParts(Number(numeric[1]), Number(numeric[2]), year, today);
  }
  // 20 nov 2026, 20 november, 20 nov. 26, (vrijdag) 20 november 2026
  const named = /^(?:[a-z]+,? )?(\d{1,2}) ([a-z]+)\.?(?: (\d{2}|\d{4}))?$/.exec(s);
  const month = named ? months[named[2] ?? ''] : undefined;
  if (named && month) {
    const year = named[3] === undefined ? undefined : Number(named[3]);
    return fromParts(Number(named[1]), month, year, today);
  }
  return { ok: false, problem: 'unreadable' };
}
