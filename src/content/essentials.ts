import type { ChecklistSection } from './schema';

/**
 * A checklist split for reading (issue 17, item 14): the few points marked essential in content
 * first, then every other point, still in its own section, and how many those are.
 */
export function splitEssentials(sections: readonly ChecklistSection[]) {
  const lead = sections.flatMap((s) => s.items.filter((i) => i.essential));
  const rest = sections
    .map((s) => ({ ...s, items: s.items.filter((i) => !i.essential) }))
    .filter((s) => s.items.length > 0);
  const more = rest.reduce((n, s) => n + s.items.length, 0);
  return { lead, rest, more };
}
