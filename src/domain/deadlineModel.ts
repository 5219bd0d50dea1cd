import { parseDate } from './dates';
import {
  computeDeadlines,
  eventIds,
  validateEvents,
  type Deadline,
  type DossierEvents,
  type EventError,
  type EventId,
} from './deadlines';

export interface DeadlineModel {
  /** The dates as typed. */
  raw: Record<EventId, string>;
  /** The dates that are valid, as ISO. */
  events: DossierEvents;
  errors: EventError[];
  deadlines: Deadline[];
  /** When it is not known whether there is a commissie: the date if there is one. */
  withCommissie: Deadline | undefined;
}

/** Dates as typed ("13-4-2026") → checked events → deadlines, for the given day. */
export function deadlineModel(
  typed: Readonly<Record<string, string>>,
  commissie: 'ja' | 'nee' | 'weet-niet' | undefined,
  today: string,
): DeadlineModel {
  const raw = Object.fromEntries(eventIds.map((id) => [id, typed[id] ?? ''])) as Record<
    EventId,
    string
  >;
  const iso: Partial<Record<EventId, string>> = {};
  for (const id of eventIds) {
    const text = raw[id].trim();
    if (text) iso[id] = parseDate(text) ?? text;
  }
  const errors = validateEvents(iso, today);
  const bad = new Set(errors.map((e) => e.event));
  const events: DossierEvents = {};
  for (const id of eventIds) {
    const v = iso[id];
    if (v && !bad.has(id)) events[id] = v;
  }
  if (commissie === 'ja') events.commissie = true;
  if (commissie === 'nee') events.commissie = false;
  const deadlines = computeDeadlines(events, today);
  const withCommissie =
    commissie === 'weet-niet' || commissie === undefined
      ? computeDeadlines({ ...events, commissie: true }, today).find(
          (d) => d.id === 'beslissing-bezwaar',
        )
      : undefined;
  return { raw, events, errors, deadlines, withCommissie };
}
