import { feestdagOn, naiveEnd, termEnd, type FeestdagId, type Term } from './atw';
import { addDaysIso, daysBetween, isIsoDate, weekday } from './calendar';

/**
 * The Wmo and Awb deadlines for one resident, from the dates they know.
 * Every rule cites its article (legal-facts.md). "Today" is passed in.
 */
export interface DossierEvents {
  melding?: string;
  gesprek?: string;
  verslag?: string;
  aanvraag?: string;
  /** The day the beschikking was made known (bekendmaking). */
  beschikking?: string;
  /** Does the gemeente have a bezwaarschriftencommissie? Unknown counts as no, with both dates shown. */
  commissie?: boolean;
}
export type EventId = Exclude<keyof DossierEvents, 'commissie'>;
export const eventIds: readonly EventId[] = [
  'melding',
  'gesprek',
  'verslag',
  'aanvraag',
  'beschikking',
];

export type DeadlineId = 'plan' | 'onderzoek' | 'beslissing' | 'bezwaar' | 'beslissing-bezwaar';
export type Owner = 'jij' | 'gemeente';

export type DeadlineStatus =
  | { kind: 'komt-nog'; daysLeft: number }
  | { kind: 'vandaag' }
  | { kind: 'verstreken'; daysAgo: number }
  | { kind: 'gehaald' };

export interface Source {
  doc: 'wmo' | 'awb' | 'atw';
  ref: string;
}

export interface Deadline {
  id: DeadlineId;
  date: string;
  /** The end by counting alone; differs from `date` when the Atw moved it. */
  naiveDate: string;
  /** Why the Atw moved it: the free day the naive end fell on. */
  movedBecause?: FeestdagId | 'zaterdag' | 'zondag';
  from: EventId;
  owner: Owner;
  sources: Source[];
  status: DeadlineStatus;
  /** A later date the gemeente may move it to, when the law allows a postponement. */
  latestWithPostponement?: string;
}

interface Rule {
  id: DeadlineId;
  from: EventId;
  term: Term;
  owner: Owner;
  sources: Source[];
  /** The event that meets this deadline, when the app knows it. */
  metBy?: EventId;
}

const rules: readonly Rule[] = [
  // Wmo art. 2.3.2 lid 2: the resident has 7 days after the melding to hand in a persoonlijk plan.
  {
    id: 'plan',
    from: 'melding',
    term: { days: 7 },
    owner: 'jij',
    sources: [{ doc: 'wmo', ref: 'art. 2.3.2 lid 2' }],
  },
  // Wmo art. 2.3.2 lid 1: the onderzoek within six weeks of the melding; lid 8: the verslag.
  {
    id: 'onderzoek',
    from: 'melding',
    term: { weeks: 6 },
    owner: 'gemeente',
    sources: [{ doc: 'wmo', ref: 'art. 2.3.2 lid 1 en lid 8' }],
    metBy: 'verslag',
  },
  // Wmo art. 2.3.5 lid 2: the beschikking within two weeks of receiving the aanvraag.
  {
    id: 'beslissing',
    from: 'aanvraag',
    term: { weeks: 2 },
    owner: 'gemeente',
    sources: [{ doc: 'wmo', ref: 'art. 2.3.5 lid 2' }],
    metBy: 'beschikking',
  },
  // Awb art. 6:7 and 6:8 lid 1: bezwaar within six weeks, from the day after the bekendmaking.
  {
    id: 'bezwaar',
    from: 'beschikking',
    term: { weeks: 6 },
    owner: 'jij',
    sources: [
      { doc: 'awb', ref: 'art. 6:7' },
      { doc: 'awb', ref: 'art. 6:8 lid 1' },
    ],
  },
];

function status(date: string, today: string, met: string | undefined): DeadlineStatus {
  if (met !== undefined && met <= date) return { kind: 'gehaald' };
  const left = daysBetween(today, date);
  if (left > 0) return { kind: 'komt-nog', daysLeft: left };
  if (left === 0) return { kind: 'vandaag' };
  return { kind: 'verstreken', daysAgo: -left };
}

function movedBecause(naive: string, end: string): Deadline['movedBecause'] {
  if (naive === end) return undefined;
  const f = feestdagOn(naive);
  if (f) return f.id;
  return weekday(naive) === 6 ? 'zaterdag' : 'zondag';
}

function deadline(rule: Rule, start: string, today: string, events: DossierEvents): Deadline {
  const date = termEnd(start, rule.term);
  const naive = naiveEnd(start, rule.term);
  const met = rule.metBy ? events[rule.metBy] : undefined;
  const d: Deadline = {
    id: rule.id,
    date,
    naiveDate: naive,
    from: rule.from,
    owner: rule.owner,
    sources: rule.sources,
    status: status(date, today, met),
  };
  const moved = movedBecause(naive, date);
  if (moved) d.movedBecause = moved;
  return d;
}

/** Every deadline that follows from the events entered, in date order. */
export function computeDeadlines(events: DossierEvents, today: string): Deadline[] {
  const out: Deadline[] = [];
  for (const rule of rules) {
    const start = events[rule.from];
    if (start && isIsoDate(start)) out.push(deadline(rule, start, today, events));
  }
  const bezwaar = out.find((d) => d.id === 'bezwaar');
  if (bezwaar) {
    // Awb art. 7:10 lid 1: 6 weeks, or 12 with a bezwaarschriftencommissie, from the day after
    // the bezwaar term ended; lid 3: the gemeente may postpone this once, by at most 6 weeks.
    const weeks = events.commissie ? 12 : 6;
    const date = termEnd(bezwaar.date, { weeks });
    const d: Deadline = {
      id: 'beslissing-bezwaar',
      date,
      naiveDate: naiveEnd(bezwaar.date, { weeks }),
      from: 'beschikking',
      owner: 'gemeente',
      sources: [
        {
          doc: 'awb',
          ref: events.commissie ? 'art. 7:10 lid 1 en 3 (met commissie)' : 'art. 7:10 lid 1 en 3',
        },
      ],
      status: status(date, today, undefined),
      latestWithPostponement: termEnd(date, { weeks: 6 }),
    };
    const moved = movedBecause(d.naiveDate, date);
    if (moved) d.movedBecause = moved;
    out.push(d);
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export type EventError =
  | { event: EventId; code: 'invalid-date' }
  | { event: EventId; code: 'out-of-range' }
  | { event: EventId; code: 'far-future' }
  | { event: EventId; code: 'before'; other: EventId };

/** Dates must follow the procedure's order (melding → gesprek → verslag → aanvraag → beschikking). */
const mustFollow: readonly [EventId, EventId][] = [
  ['gesprek', 'melding'],
  ['verslag', 'melding'],
  ['aanvraag', 'melding'],
  ['beschikking', 'aanvraag'],
  ['beschikking', 'melding'],
];

/** How far ahead a date may lie: a planned gesprek, never a letter a year from now. */
export const maxDaysAhead = 366;

/** Typed errors for bad input; the UI words them in the resident's language. */
export function validateEvents(raw: Partial<Record<EventId, string>>, today: string): EventError[] {
  const errors: EventError[] = [];
  for (const id of eventIds) {
    const v = raw[id];
    if (v === undefined || v === '') continue;
    if (!isIsoDate(v)) errors.push({ event: id, code: 'invalid-date' });
    else if (v < '2000-01-01' || v > '2100-12-31') errors.push({ event: id, code: 'out-of-range' });
    else if (daysBetween(today, v) > maxDaysAhead) errors.push({ event: id, code: 'far-future' });
  }
  const bad = new Set(errors.map((e) => e.event));
  for (const [later, earlier] of mustFollow) {
    const a = raw[later];
    const b = raw[earlier];
    if (!a || !b || bad.has(later) || bad.has(earlier)) continue;
    if (a < b && !errors.some((e) => e.event === later))
      errors.push({ event: later, code: 'before', other: earlier });
  }
  return errors;
}

/** The date a dwangsom starts: two weeks after the ingebrekestelling is received (Awb art. 4:17 lid 1). */
export function dwangsomStart(ingebrekestellingReceived: string): string {
  return addDaysIso(ingebrekestellingReceived, 14);
}

/** Awb art. 4:17 lid 2 (2026 text): € 23, € 35 and € 45 a day, 14 days each, at most € 1.442. */
export const dwangsomPerDay = [23, 35, 45] as const;
export const dwangsomMax = 14 * (23 + 35 + 45);
