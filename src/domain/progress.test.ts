import { describe, expect, it } from 'vitest';
import { ageOn, partProgress, worksheetProgress } from './progress';

describe('progress', () => {
  it('is klaar only when marked so', () => {
    expect(partProgress(false, false)).toBe('nog-niet-begonnen');
    expect(partProgress(true, false)).toBe('bezig');
    expect(partProgress(true, true)).toBe('klaar');
    expect(partProgress(false, true)).toBe('klaar');
  });

  it('counts a list worksheet as klaar when every item is filled', () => {
    const filled = new Set<string>();
    const isFilled = (id: string) => filled.has(id);
    expect(worksheetProgress(['a', 'b'], isFilled)).toBe('nog-niet-begonnen');
    filled.add('a');
    expect(worksheetProgress(['a', 'b'], isFilled)).toBe('bezig');
    filled.add('b');
    expect(worksheetProgress(['a', 'b'], isFilled)).toBe('klaar');
  });

  it('counts only chosen items in a choose-then-detail worksheet', () => {
    const isFilled = (id: string) => id === 'wonen';
    expect(worksheetProgress(['wonen', 'vervoer'], isFilled, [])).toBe('nog-niet-begonnen');
    expect(worksheetProgress(['wonen', 'vervoer'], () => false, ['vervoer'])).toBe('bezig');
    expect(worksheetProgress(['wonen', 'vervoer'], isFilled, ['wonen'])).toBe('klaar');
    expect(worksheetProgress(['wonen', 'vervoer'], isFilled, ['wonen', 'vervoer'])).toBe('bezig');
  });

  it('computes age in whole years from calendar dates', () => {
    expect(ageOn('1944-05-03', '2026-05-02')).toBe(81);
    expect(ageOn('1944-05-03', '2026-05-03')).toBe(82);
    expect(ageOn('2028-02-29', '2029-02-28')).toBe(0);
    expect(ageOn('2030-01-01', '2026-01-01')).toBeNull();
  });
});
