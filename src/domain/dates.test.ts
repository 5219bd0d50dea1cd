import { describe, expect, it } from 'vitest';
import { isValidDate, parseDate, toDutchNumeric } from './dates';

describe('dates', () => {
  it.each([
    ['13-4-2026', '2026-04-13'],
    ['13/04/2026', '2026-04-13'],
    ['3.5.1944', '1944-05-03'],
    [' 2026-04-13 ', '2026-04-13'],
    ['29-2-2028', '2028-02-29'],
  ])('reads %s as %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each(['29-2-2026', '31-4-2026', '13-13-2026', '0-1-2026', 'morgen', '13-4-26', ''])(
    'refuses %s',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );

  it('knows leap years', () => {
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(2100, 2, 29)).toBe(false);
  });

  it('writes an ISO date back as people type it', () => {
    expect(toDutchNumeric('1944-05-03')).toBe('3-5-1944');
  });
});
