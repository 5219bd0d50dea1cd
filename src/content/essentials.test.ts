import { describe, expect, it } from 'vitest';
import { after } from './after';
import { during } from './during';
import { splitEssentials } from './essentials';

describe('splitEssentials', () => {
  it.each([
    ['during', during.phases, 8],
    ['after', after.sections, 7],
  ] as const)('%s: the essentials lead, and no point is lost or shown twice', (_, sections, n) => {
    const { lead, rest, more } = splitEssentials(sections);
    expect(lead).toHaveLength(n);
    const all = sections.flatMap((s) => s.items.map((i) => i.id));
    const shown = [...lead, ...rest.flatMap((s) => s.items)].map((i) => i.id);
    expect(shown.sort()).toEqual([...all].sort());
    expect(more).toBe(all.length - n);
    expect(rest.every((s) => s.items.length > 0)).toBe(true);
  });
});
