import { describe, expect, it } from 'vitest';
import table from './gelijkgestelde-dagen.json' with { type: 'json' };
import { addDaysIso, weekday } from './calendar';
import {
  equatedDaysCover,
  equatedDaysMayBeUnknown,
  feestdagOn,
  naiveEnd,
  termEnd,
  type Term,
} from './atw';

/**
 * The days equated with a feestdag by decree (Atw art. 3 lid 3), decree by decree, and what they
 * do to a term that ends on them. Without them a term comes out a working day early.
 */
const decrees: Record<string, string[]> = {
  'Stcrt. 2022, 7812': ['2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30'],
  'Stcrt. 2025, 24713': ['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26'],
};

describe.each(Object.entries(decrees))('the decree %s', (source, days) => {
  it('is in the table with exactly its days, each a Friday', () => {
    const inTable = table.days.filter((d) => d.source === source).map((d) => d.date);
    expect(inTable).toEqual(days);
    for (const d of days) expect(weekday(d), d).toBe(5);
  });

  it('makes each of its days a feestdag that names the decree', () => {
    for (const d of days) {
      const f = feestdagOn(d);
      expect(f?.id, d).toBe('gelijkgesteld');
      expect(f?.equated?.source, d).toBe(source);
    }
  });

  it('states the years it covers, inside the years of the table', () => {
    const decree = table.decrees.find((x) => x.source === source);
    expect(decree).toBeDefined();
    for (const d of days) {
      const year = Number(d.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(decree?.years.from ?? Infinity);
      expect(year).toBeLessThanOrEqual(decree?.years.to ?? -Infinity);
    }
    expect(decree?.years.from).toBeGreaterThanOrEqual(equatedDaysCover.from);
    expect(decree?.years.to).toBeLessThanOrEqual(equatedDaysCover.to);
  });
});

describe('termEnd for a term that ends on an equated day (Atw art. 1 with art. 3 lid 3)', () => {
  const allDays = Object.values(decrees).flat();
  const terms: Term[] = [{ days: 7 }, { weeks: 2 }, { weeks: 6 }];

  it.each(allDays.flatMap((day) => terms.map((term) => [day, term] as const)))(
    'a term ending on %s (%o) runs on to the Monday after',
    (day, term) => {
      const start = addDaysIso(day, -('days' in term ? term.days : term.weeks * 7));
      expect(naiveEnd(start, term)).toBe(day);
      // Friday → Saturday and Sunday are free too → the Monday (none of these Mondays is a feestdag).
      expect(termEnd(start, term)).toBe(addDaysIso(day, 3));
    },
  );

  it('gives Monday 2 June 2025 for a beschikking of Friday 18 April 2025 (bezwaar, Awb 6:7)', () => {
    expect(termEnd('2025-04-18', { weeks: 6 })).toBe('2025-06-02');
  });
});

describe('which years the table covers', () => {
  it('covers 2023 up to and including 2028', () => {
    expect(equatedDaysCover).toEqual({ from: 2023, to: 2028 });
  });

  it('says when a term may cross a year it does not know', () => {
    expect(equatedDaysMayBeUnknown('2026-03-02', '2026-04-13')).toBe(false);
    expect(equatedDaysMayBeUnknown('2028-12-01', '2029-01-12')).toBe(true);
    expect(equatedDaysMayBeUnknown('2029-03-01', '2029-04-12')).toBe(true);
    expect(equatedDaysMayBeUnknown('2022-12-01', '2023-01-12')).toBe(true);
  });
});
