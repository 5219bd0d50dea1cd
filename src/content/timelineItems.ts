import { deadlineTexts } from './deadlines';
import type { LocalizedText } from './schema';
import type { Deadline, DossierEvents, EventId } from '../domain/deadlines';
import { eventIds } from '../domain/deadlines';

export type TimelineItem =
  | { kind: 'event'; id: EventId; date: string; title: LocalizedText }
  | { kind: 'deadline'; deadline: Deadline; date: string; title: LocalizedText };

/** Past events and deadlines together, in date order; on one day the event comes first. */
export function timelineItems(
  events: DossierEvents,
  deadlines: readonly Deadline[],
): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const id of eventIds) {
    const date = events[id];
    const text = deadlineTexts.events.find((e) => e.id === id);
    if (date && text) items.push({ kind: 'event', id, date, title: text.happened });
  }
  for (const d of deadlines) {
    const text = deadlineTexts.deadlines.find((x) => x.id === d.id);
    if (text) items.push({ kind: 'deadline', deadline: d, date: d.date, title: text.title });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === 'event' ? -1 : 1));
}
