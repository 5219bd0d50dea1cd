import {
  equatedDaysMayBeUnknown,
  feestdagOn,
  naiveEnd,
  termEnd,
  type FeestdagId,
  type Term,
} from './atw';
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
  /**
   * Awb art. 4:15: the time limit for the beschikking stands still, e.g. from the day the gemeente
   * asked to complete the aanvraag until the day it was completed. First and last day.
   */
  'opschorting-start'?: string;
  'opschorting-eind'?: string;
  /** The day the beschikking was made known (bekendmaking). */
  beschikking?: string;
  /** The day the resident sent the bezwaar. */
  'bezwaar-ingediend'?: string;
  /** The day the beslissing op bezwaar was made known. */
  'beslissing-op-bezwaar'?: string;
  /**
   * Does the gemeente have a bezwaarschriftencommissie? true: yes; false: no; undefined: not known.
   * The timeline counts "not known" as no and shows the later date too; letters take the later date.
   */
  commissie?: boolean;
}
export type EventId = Exclude<keyof DossierEvents, 'commissie'>;
/** Every date a resident can enter, in the order they happen (the content schema uses it too). */
export const eventIds = [
  'melding',
  'gesprek',
  'verslag',
  'aanvraag',
  'opschorting-start',
  'opschorting-eind',
  'beschikking',
  'bezwaar-ingediend',
  'beslissing-op-bezwaar',
] as const satisfies readonly EventId[];

export const deadlineIds = [
  'plan',
  'onderzoek',
  'beslissing',
  'bezwaar',
  'beslissing-bezwaar',
  'beroep',
] as const;
export type DeadlineId = (typeof deadlineIds)[number];
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
  /** beslissing: the days the time limit stood still (Awb art. 4:15), already added to `date`. */
  suspendedDays?: number;
  /**
   * The term runs through a year for which the app may not know every day equated with a
   * feestdag (Atw art. 3 lid 3): the real last day may be later. Say: do not wait for it.
   */
  freeDaysMayBeUnknown?: true;
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
  // Wmo art. 2.3.2 lid 2 and 5: the gemeente must give the resident at least 7 days after the
  // melding to submit a persoonlijk plan. A minimum, not a cut-off: a plan submitted later, before
  // the onderzoek starts, still counts.
  {
    id: 'plan',
    from: 'melding',
    term: { days: 7 },
    owner: 'jij',
    sources: [{ doc: 'wmo', ref: 'art. 2.3.2 lid 2 en 5' }],
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

    metBy: 'bezwaar-ingediend',
  },
  // Awb art. 6:7 and 6:8 lid 1: beroep at the rechtbank within six weeks after the beslissing op
  // bezwaar was made known.
  {
    id: 'beroep',
    from: 'beslissing-op-bezwaar',
    term: { weeks: 6 },
    owner: 'jij',
    sources: [
      { doc: 'awb', ref: 'art. 6:7' },
      { doc: 'awb', ref: 'art. 6:8 lid 1' },
    ],
  },
];

/** Awb art. 4:15: the days the time limit for the beschikking stood still (0 when unknown). */
export function suspendedDays(events: DossierEvents): number {
  const start = events['opschorting-start'];
  const end = events['opschorting-eind'];
  if (!start || !end || !isIsoDate(start) || !isIsoDate(end) || end < start) return 0;
  return daysBetween(start, end);
}

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

function deadline(rule: Rule, event: string, today: string, events: DossierEvents): Deadline {
  // Awb art. 4:15: a suspension adds its days to the time limit for the beschikking.
  const suspended = rule.id === 'beslissing' ? suspendedDays(events) : 0;
  const start = addDaysIso(event, suspended);
  const date = termEnd(start, rule.term);
  const naive = naiveEnd(start, rule.term);
  const met = rule.metBy ? events[rule.metBy] : undefined;
  const d: Deadline = {
    id: rule.id,
    date,
    naiveDate: naive,
    from: rule.from,
    owner: rule.owner,
    sources:
      suspended > 0 ? [...rule.sources, { doc: 'awb', ref: 'art. 4:15 lid 1' }] : rule.sources,
    status: status(date, today, met),
  };
  if (suspended > 0) d.suspendedDays = suspended;
  const moved = movedBecause(naive, date);
  if (moved) d.movedBecause = moved;
  if (equatedDaysMayBeUnknown(event, date)) d.freeDaysMayBeUnknown = true;
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
    // the bezwaar time limit ended; lid 3: the gemeente may postpone it by at most 6 weeks
    // (lid 2: a repaired defect and lid 4: consent can add more; the app cannot know those).
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
          ref: 'art. 7:10 lid 1 en 3',
        },
      ],
      status: status(date, today, events['beslissing-op-bezwaar']),
      latestWithPostponement: termEnd(date, { weeks: 6 }),
    };
    const moved = movedBecause(d.naiveDate, date);
    if (moved) d.movedBecause = moved;
    if (equatedDaysMayBeUnknown(bezwaar.date, d.latestWithPostponement ?? date))
      d.freeDaysMayBeUnknown = true;
    out.push(d);
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export type EventError =
  | { event: EventId; code: 'invalid-date' }
  | { event: EventId; code: 'out-of-range' }
  | { event: EventId; code: 'far-future' }
  | { event: EventId; code: 'before'; other: EventId }
  /** One of a pair is filled in without the other (the suspension's first and last day). */
  | { event: EventId; code: 'needs'; other: EventId };

/** Dates must follow the procedure's order (melding → gesprek → verslag → aanvraag → beschikking). */
const mustFollow: readonly [EventId, EventId][] = [
  ['gesprek', 'melding'],
  ['verslag', 'melding'],
  ['aanvraag', 'melding'],
  ['opschorting-start', 'aanvraag'],
  ['opschorting-eind', 'opschorting-start'],
  ['beschikking', 'aanvraag'],
  ['beschikking', 'melding'],
  ['bezwaar-ingediend', 'beschikking'],
  ['beslissing-op-bezwaar', 'bezwaar-ingediend'],
];

/** Dates that only mean something together (Awb art. 4:15: the first and last day). */
const pairs: readonly [EventId, EventId][] = [
  ['opschorting-start', 'opschorting-eind'],
  ['opschorting-eind', 'opschorting-start'],
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
  for (const [present, missing] of pairs) {
    if (raw[present] && !raw[missing] && !errors.some((e) => e.event === present))
      errors.push({ event: present, code: 'needs', other: missing });
  }
  return errors;
}

/** The date a dwangsom starts: two weeks after the ingebrekestelling is received (Awb art. 4:17 lid 3). */
export function dwangsomStart(ingebrekestellingReceived: string): string {
  return addDaysIso(ingebrekestellingReceived, 14);
}

/** Awb art. 4:17 lid 2 (2026 text): € 23, € 35 and € 45 a day, 14 days each, at most € 1.442. */
export const dwangsomPerDay = [23, 35, 45] as const;
export const dwangsomMax = 14 * (23 + 35 + 45);
