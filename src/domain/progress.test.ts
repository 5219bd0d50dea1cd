import { describe, expect, it } from 'vitest';
import { ageOn, partProgress, worksheetProgress } from './progress';

describe('progress', () => {
  it('is klaar only when marked so', () => {
    expect(partProgress(false, false)).toBe('nog-niet-begonnen');
    expect(partProgress(true, false)).toBe('bezig');
    expect(partProgress(true, true)).toBe('klaar');
    expect(partProgress(false, true)).toBe('klaar');
  });

  const items = (...ids: string[]) => ids.map((id) => ({ id }));
  const progressOf = (...args: Parameters<typeof worksheetProgress>) =>
    worksheetProgress(...args).progress;

  it('counts a list worksheet as klaar when every item is filled', () => {
    const filled = new Set<string>();
    const isFilled = (id: string) => filled.has(id);
    expect(progressOf(items('a', 'b'), isFilled)).toBe('nog-niet-begonnen');
    filled.add('a');
    expect(progressOf(items('a', 'b'), isFilled)).toBe('bezig');
    filled.add('b');
    expect(progressOf(items('a', 'b'), isFilled)).toBe('klaar');
  });

  it('counts only chosen items in a choose-then-detail worksheet', () => {
    const isFilled = (id: string) => id === 'wonen';
    const both = items('wonen', 'vervoer');
    expect(progressOf(both, isFilled, [])).toBe('nog-niet-begonnen');
    expect(progressOf(both, () => false, ['vervoer'])).toBe('bezig');
    expect(progressOf(both, isFilled, ['wonen'])).toBe('klaar');
    expect(progressOf(both, isFilled, ['wonen', 'vervoer'])).toBe('bezig');
  });

  // Issue 17 item 4: worksheet 1 never said "Klaar" while "Geslacht" (optional) was empty.
  it('never lets an empty optional item hold "klaar" back, and does not count it as empty', () => {
    const ws1 = [{ id: 'naam' }, { id: 'geslacht', optional: true }, { id: 'adres' }];
    const isFilled = (id: string) => id !== 'geslacht';
    expect(worksheetProgress(ws1, isFilled)).toEqual({ progress: 'klaar', empty: 0 });
    expect(worksheetProgress(ws1, () => false)).toEqual({
      progress: 'nog-niet-begonnen',
      empty: 2,
    });
  });

  it('is klaar whenever the resident says so, and says calmly how many items are empty', () => {
    const isFilled = (id: string) => id === 'a';
    expect(worksheetProgress(items('a', 'b', 'c'), isFilled, undefined, 'klaar')).toEqual({
      progress: 'klaar',
      empty: 2,
    });
    // Also with nothing filled in: nothing in it applies to her.
    expect(progressOf(items('a', 'b'), () => false, undefined, 'klaar')).toBe('klaar');
    expect(progressOf(items('wonen'), () => false, [], 'klaar')).toBe('klaar');
  });

  it('stays bezig when the resident says she will come back, even when all is filled', () => {
    expect(progressOf(items('a'), () => true, undefined, 'bezig')).toBe('bezig');
    expect(progressOf(items('a'), () => false, undefined, 'bezig')).toBe('nog-niet-begonnen');
  });

  it('computes age in whole years from calendar dates', () => {
    expect(ageOn('1944-05-03', '2026-05-02')).toBe(81);
    expect(ageOn('1944-05-03', '2026-05-03')).toBe(82);
    expect(ageOn('2028-02-29', '2029-02-28')).toBe(0);
    expect(ageOn('2030-01-01', '2026-01-01')).toBeNull();
  });
});
