import { describe, expect, it } from 'vitest';
import { chain, mergeChange, mergeFor } from './merge';

describe('merging a change into what another tab stored meanwhile', () => {
  it('keeps the fields the other tab changed', () => {
    const merge = mergeChange({ name: 'Ans' }, { name: 'Ans de Vries' });
    expect(merge?.({ name: 'Ans', address: 'Dorpsstraat 1' })).toEqual({
      name: 'Ans de Vries',
      address: 'Dorpsstraat 1',
    });
  });

  it('removes a field that was emptied, and starts from nothing when nothing is stored', () => {
    const merge = mergeChange({ name: 'Ans', phone: '06' }, { name: 'Ans' });
    expect(merge?.({ name: 'Ans', phone: '06', email: 'a@b.nl' })).toEqual({
      name: 'Ans',
      email: 'a@b.nl',
    });
    expect(mergeChange({}, { name: 'Ans' })?.(undefined)).toEqual({ name: 'Ans' });
  });

  it('keeps notes added in both tabs, and drops a note only where it was removed', () => {
    const a = { at: '2026-12-01T10:00:00.000Z', text: 'a' };
    const b = { at: '2026-12-01T10:01:00.000Z', text: 'b' };
    const c = { at: '2026-12-01T10:02:00.000Z', text: 'c' };
    expect(mergeChange([a], [a, b])?.([a, c])).toEqual([a, c, b]);
    expect(mergeChange([a, b], [b])?.([a, b, c])).toEqual([b, c]);
  });

  it('lets the newest value win for anything else, and chains two changes', () => {
    expect(mergeChange('ja', 'nee')).toBeUndefined();
    // The ids of own questions follow the lines in order: that list is not merged.
    expect(mergeFor('chosen:eigen-vragen', ['a'], ['b', 'a'])).toBeUndefined();
    expect(mergeFor('letter:afzender', {}, { name: 'A' })).toBeDefined();
    const both = chain(
      mergeChange({}, { name: 'A' }),
      mergeChange({ name: 'A' }, { name: 'A', place: 'B' }),
    );
    expect(both?.({ email: 'x' })).toEqual({ email: 'x', name: 'A', place: 'B' });
  });
});
