import { describe, expect, it } from 'vitest';
import { readDate } from './readDate';

const today = '2026-11-24';

describe('reading a date as people type it', () => {
  it.each([
    ['20-11-2026', '2026-11-20'],
    ['20-11-26', '2026-11-20'],
    ['20/11/2026', '2026-11-20'],
    ['20/11', '2026-11-20'],
    ['20.11', '2026-11-20'],
    ['20 nov 2026', '2026-11-20'],
    ['20 nov. 2026', '2026-11-20'],
    ['20 november', '2026-11-20'],
    ['20 November 2026', '2026-11-20'],
    ['vrijdag 20 november 2026', '2026-11-20'],
    ['3 mrt', '2027-03-03'],
    ['3 maart 2026', '2026-03-03'],
    ['2 jan', '2027-01-02'],
    ['30 june', '2026-06-30'],
    ['vandaag', '2026-11-24'],
    ['Gisteren', '2026-11-23'],
    ['yesterday', '2026-11-23'],
    ['morgen', '2026-11-25'],
    ['2026-11-20', '2026-11-20'],
    ['  13-4-2026 ', '2026-04-13'],
    ['29-2-2028', '2028-02-29'],
  ])('%s is %s', (input, iso) => {
    expect(readDate(input, today)).toEqual({ ok: true, iso });
  });

  it('takes the nearest year for a day without one, across the turn of the year', () => {
    expect(readDate('28-12', '2027-01-05')).toEqual({ ok: true, iso: '2026-12-28' });
    expect(readDate('3-1', '2026-12-20')).toEqual({ ok: true, iso: '2027-01-03' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['31-2-2026', 'notReal'],
    ['32 januari', 'notReal'],
    ['20-13-2026', 'notReal'],
    ['29 februari 2026', 'notReal'],
    ['volgende week', 'unreadable'],
    ['20 nowember', 'unreadable'],
    ['20112026', 'unreadable'],
    ['abc', 'unreadable'],
  ])('%j cannot be read: %s', (input, problem) => {
    expect(readDate(input, today)).toEqual({ ok: false, problem });
  });
});
