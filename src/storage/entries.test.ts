import { describe, expect, it } from 'vitest';
import { entryKey, groupEntries, parseEntry } from './entries';

describe('entries', () => {
  it('groups stored rows by kind', () => {
    const e = groupEntries([
      { key: 'answer:vraag-1', value: 'nee' },
      { key: 'tick:chain:punt-1', value: true },
      { key: 'mark:vraag-2', value: true },
      { key: 'ws:naam', value: { text: 'Ans de Vries', private: false } },
      { key: 'chosen:knelpunten', value: ['knelpunt-wonen'] },
      { key: 'part:vragen', value: 'klaar' },
    ]);
    expect(e.answers).toEqual({ 'vraag-1': 'nee' });
    expect(e.ticks).toEqual({ 'chain:punt-1': true });
    expect(e.marks).toEqual({ 'vraag-2': true });
    expect(e.worksheet.naam).toEqual({ text: 'Ans de Vries', private: false });
    expect(e.chosen).toEqual({ knelpunten: ['knelpunt-wonen'] });
    expect(e.parts).toEqual({ vragen: 'klaar' });
  });

  it('leaves out rows it cannot use instead of failing', () => {
    const e = groupEntries([
      { key: 'answer:vraag-1', value: 'misschien' },
      { key: 'ws:naam', value: { text: 12 } },
      { key: 'onbekend:x', value: 1 },
      { key: 'zonder-soort', value: 1 },
      { key: 'ws:leeftijd', value: { text: '82', private: true } },
    ]);
    expect(e.answers).toEqual({});
    expect(e.worksheet).toEqual({ leeftijd: { text: '82', private: true } });
  });

  it('refuses values that do not fit their key', () => {
    expect(parseEntry(entryKey('tick', 'x'), 'ja')).toBeUndefined();
    expect(
      parseEntry(entryKey('ws', 'x'), { text: 'x'.repeat(100_001), private: false }),
    ).toBeUndefined();
    expect(
      parseEntry(entryKey('ws', 'x'), { birth: 'x'.repeat(41), private: false }),
    ).toBeUndefined();
    expect(parseEntry(entryKey('part', 'plan'), 'bezig')).toBe('bezig');
  });
});
