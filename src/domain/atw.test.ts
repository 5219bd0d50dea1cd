import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import cases from '../../tests/fixtures/atw-cases.json' with { type: 'json' };
import { addDaysIso, daysBetween } from './calendar';
import {
  easterSunday,
  feestdagen,
  isFeestdag,
  isFreeDay,
  naiveEnd,
  termEnd,
  type Term,
} from './atw';

describe('termEnd: the reviewed table of cases', () => {
  it('has at least 40 cases', () => {
    expect(cases.cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.cases.map((c) => [c.start, c.term, c.expected, c.reason] as const))(
    '%s + %o ends %s (%s)',
    (start, term, expected) => {
      expect(termEnd(start, term as Term)).toBe(expected);
    },
  );
});

describe('isFeestdag (Atw art. 3)', () => {
  it.each([
    ['2026-01-01', 'nieuwjaarsdag'],
    ['2026-04-03', 'Goede Vrijdag (lid 2)'],
    ['2026-04-06', 'tweede paasdag'],
    ['2026-04-27', 'Koningsdag'],
    ['2025-04-26', 'Koningsdag op zaterdag 26 april, want 27 april 2025 is een zondag'],
    ['2031-04-26', 'Koningsdag op zaterdag 26 april, want 27 april 2031 is een zondag'],
    ['2027-05-05', '5 mei, ook buiten een lustrumjaar'],
    ['2026-05-14', 'Hemelvaartsdag'],
    ['2026-05-25', 'tweede pinksterdag'],
    ['2026-12-25', 'eerste kerstdag'],
    ['2026-12-26', 'tweede kerstdag'],
    ['2026-05-15', 'gelijkgestelde dag (lid 3, Stcrt. 2025, 24713)'],
  ])('%s is a feestdag: %s', (date) => {
    expect(isFeestdag(date)).toBe(true);
  });

  it.each([
    ['2025-04-27', 'zondag 27 april 2025: Koningsdag is dan op de 26e'],
    ['2026-04-05', 'eerste paasdag is een zondag, maar geen feestdag in de zin van art. 3'],
    ['2026-05-24', 'eerste pinksterdag'],
    ['2026-04-02', 'Witte Donderdag'],
    ['2022-05-27', 'vrijdag na Hemelvaart 2022: voor de jaren die de tabel kent'],
    ['2026-12-31', 'oudejaarsdag'],
  ])('%s is not a feestdag: %s', (date) => {
    expect(isFeestdag(date)).toBe(false);
  });

  it('computes Easter for any year (checked against published dates)', () => {
    const published: Record<number, string> = {
      1818: '1818-03-22',
      1943: '1943-04-25',
      2000: '2000-04-23',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(published))
      expect(easterSunday(Number(year))).toBe(date);
  });

  it('lists nine days a year, plus the equated ones', () => {
    expect(feestdagen(2029)).toHaveLength(9);
    expect(feestdagen(2026).map((f) => f.id)).toContain('gelijkgesteld');
  });
});

describe('termEnd: properties over the years 2000–2100', () => {
  const date = fc
    .date({
      min: new Date(Date.UTC(2000, 0, 1)),
      max: new Date(Date.UTC(2100, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const term = fc.oneof(
    fc.integer({ min: 1, max: 90 }).map((days): Term => ({ days })),
    fc.integer({ min: 1, max: 12 }).map((weeks): Term => ({ weeks })),
  );

  it('never ends on a Saturday, Sunday or feestdag, never before the naive end, at most a week after it', () => {
    fc.assert(
      fc.property(date, term, (start, t) => {
        const end = termEnd(start, t);
        const naive = naiveEnd(start, t);
        expect(isFreeDay(end)).toBe(false);
        expect(end >= naive).toBe(true);
        expect(daysBetween(naive, end)).toBeLessThanOrEqual(7);
      }),
      { numRuns: 5000 },
    );
  });

  it('holds at least two days that are not free when the term is 3 days or more (art. 2)', () => {
    fc.assert(
      fc.property(date, term, (start, t) => {
        const end = termEnd(start, t);
        let working = 0;
        for (let d = addDaysIso(start, 1); d <= end; d = addDaysIso(d, 1))
          if (!isFreeDay(d)) working += 1;
        const days = 'days' in t ? t.days : t.weeks * 7;
        if (days >= 3) expect(working).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 2000 },
    );
  });
});
