/** Calendar dates as ISO strings (YYYY-MM-DD), with no time and no time zone. */

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

export function toIso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Reads a date as people type it in the Netherlands: "13-4-2026", "13/04/2026",
 * "13.4.2026", or ISO "2026-04-13". Null when it is not a real date.
 */
export function parseDate(input: string): string | null {
  const s = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[-/.\s](\d{1,2})[-/.\s](\d{4})$/.exec(s);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
      : [NaN, NaN, NaN];
  return isValidDate(y, m, d) ? toIso(y, m, d) : null;
}

/** "3-5-1944" for showing an ISO date back in a typed field. */
export function toDutchNumeric(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}-${m}-${y}`;
}
