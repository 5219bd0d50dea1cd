import { addDaysIso, daysBetween } from './calendar';
import { computeDeadlines, dwangsomMax, dwangsomPerDay, dwangsomStart } from './deadlines';
import type { DossierEvents } from './deadlines';

/**
 * Which draft letters make sense, given the dates a resident entered (issue 9), and why a letter
 * is not offered yet. Every rule cites its article (legal-facts.md). "Today" is passed in.
 */
export type LetterId = 'reactie-verslag' | 'aanvraag' | 'bezwaar' | 'ingebrekestelling' | 'beroep';
export const letterIds: readonly LetterId[] = [
  'reactie-verslag',
  'aanvraag',
  'bezwaar',
  'ingebrekestelling',
  'beroep',
];

export type NotOfferedReason =
  | 'needs-verslag'
  | 'needs-melding'
  /** Wmo art. 2.3.2 lid 9: not before the onderzoek is done or its six weeks have passed; `from`. */
  | 'onderzoek-not-done'
  | 'aanvraag-done'
  | 'needs-beschikking'
  | 'needs-aanvraag'
  | 'beschikking-known'
  | 'not-late-yet'
  | 'beslissing-bezwaar-known'
  | 'needs-beslissing-bezwaar';

/** What an ingebrekestelling is about: the beschikking on the aanvraag, or the beslissing op bezwaar. */
export type DefaultAgainst = 'aanvraag' | 'bezwaar';

export type LetterOffer =
  | {
      letter: LetterId;
      offered: true;
      /** aanvraag: six weeks passed without a finished onderzoek (Wmo art. 2.3.2 lid 9). */
      onderzoekLate?: boolean;
      /** bezwaar, beroep: the last day (Awb 6:7, 6:8, Atw); `late` when it has passed (Awb 6:11). */
      deadline?: string;
      late?: boolean;
      /** ingebrekestelling: what is late (Awb 4:17; for a bezwaar with 7:14). */
      against?: DefaultAgainst;
      /** ingebrekestelling: the last day the gemeente had to decide (Wmo 2.3.5 lid 2 or Awb 7:10, Atw). */
      decisionDue?: string;
      /** ingebrekestelling against a bezwaar: the last day if the gemeente postponed (Awb 7:10 lid 3). */
      latestWithPostponement?: string;
    }
  | {
      letter: LetterId;
      offered: false;
      reason: NotOfferedReason;
      /** The first day the letter will be offered, when that follows from the dates. */
      from?: string;
      /** ingebrekestelling: which decision the reason is about. */
      against?: DefaultAgainst;
    };

type Deadlines = ReturnType<typeof computeDeadlines>;

/**
 * Wmo art. 2.3.2 lid 9: an aanvraag can only be made once the onderzoek has been carried out
 * (the verslag is part of it, lid 8), unless the six weeks have passed without it.
 */
function aanvraagOffer(events: DossierEvents, deadlines: Deadlines): LetterOffer {
  if (events.aanvraag) return { letter: 'aanvraag', offered: false, reason: 'aanvraag-done' };
  if (!events.melding) return { letter: 'aanvraag', offered: false, reason: 'needs-melding' };
  if (events.verslag) return { letter: 'aanvraag', offered: true };
  const onderzoek = deadlines.find((d) => d.id === 'onderzoek');
  if (onderzoek?.status.kind === 'verstreken')
    return { letter: 'aanvraag', offered: true, onderzoekLate: true };
  return {
    letter: 'aanvraag',
    offered: false,
    reason: 'onderzoek-not-done',
    ...(onderzoek ? { from: addDaysIso(onderzoek.date, 1) } : {}),
  };
}

/** Awb art. 6:7 and 6:8: six weeks from the day after the decision was made known. */
function withinSixWeeks(letter: 'bezwaar' | 'beroep', deadline: Deadlines[number]): LetterOffer {
  return {
    letter,
    offered: true,
    deadline: deadline.date,
    ...(deadline.status.kind === 'verstreken' ? { late: true } : {}),
  };
}

/**
 * Awb art. 4:17: an ingebrekestelling when the gemeente did not decide in time, on the aanvraag
 * (Wmo 2.3.5 lid 2) or, by Awb 7:14, on the bezwaar (Awb 7:10). A bezwaar made goes first.
 */
function ingebrekestellingOffer(
  events: DossierEvents,
  deadlines: Deadlines,
  today: string,
): LetterOffer {
  const letter = 'ingebrekestelling';
  if (events['bezwaar-ingediend']) {
    const against = 'bezwaar';
    // Awb 7:10 lid 1 and 4:17 lid 3: with a bezwaarschriftencommissie the gemeente has 12 weeks.
    // Not knowing whether there is one, the letter waits for the later date: never too early.
    const safe =
      events.commissie === undefined
        ? computeDeadlines({ ...events, commissie: true }, today)
        : deadlines;
    const due = safe.find((d) => d.id === 'beslissing-bezwaar');
    if (events['beslissing-op-bezwaar'])
      return { letter, offered: false, reason: 'beslissing-bezwaar-known', against };
    if (!due) return { letter, offered: false, reason: 'needs-beschikking', against };
    if (due.status.kind !== 'verstreken')
      return {
        letter,
        offered: false,
        reason: 'not-late-yet',
        from: addDaysIso(due.date, 1),
        against,
      };
    return {
      letter,
      offered: true,
      against,
      decisionDue: due.date,
      ...(due.latestWithPostponement ? { latestWithPostponement: due.latestWithPostponement } : {}),
    };
  }
  const against = 'aanvraag';
  const beslissing = deadlines.find((d) => d.id === 'beslissing');
  if (!events.aanvraag || !beslissing)
    return { letter, offered: false, reason: 'needs-aanvraag', against };
  if (events.beschikking) return { letter, offered: false, reason: 'beschikking-known', against };
  if (beslissing.status.kind !== 'verstreken')
    return {
      letter,
      offered: false,
      reason: 'not-late-yet',
      from: addDaysIso(beslissing.date, 1),
      against,
    };
  return { letter, offered: true, against, decisionDue: beslissing.date };
}

export function letterOffers(events: DossierEvents, today: string): LetterOffer[] {
  const deadlines = computeDeadlines(events, today);
  const bezwaar = deadlines.find((d) => d.id === 'bezwaar');
  const beroep = deadlines.find((d) => d.id === 'beroep');
  return [
    events.verslag
      ? { letter: 'reactie-verslag', offered: true }
      : { letter: 'reactie-verslag', offered: false, reason: 'needs-verslag' },
    aanvraagOffer(events, deadlines),
    bezwaar
      ? withinSixWeeks('bezwaar', bezwaar)
      : { letter: 'bezwaar', offered: false, reason: 'needs-beschikking' },
    ingebrekestellingOffer(events, deadlines, today),
    beroep
      ? withinSixWeeks('beroep', beroep)
      : { letter: 'beroep', offered: false, reason: 'needs-beslissing-bezwaar' },
  ];
}

export interface DwangsomSchedule {
  /** The first day the dwangsom runs: two weeks after the gemeente received the letter. */
  start: string;
  /** Each period of 14 days with its amount per day (Awb art. 4:17 lid 2). */
  periods: { from: string; to: string; perDay: number }[];
  max: number;
}

/** When and how much, for an ingebrekestelling the gemeente receives on `received`. */
export function dwangsomSchedule(received: string): DwangsomSchedule {
  const start = dwangsomStart(received);
  return {
    start,
    periods: dwangsomPerDay.map((perDay, i) => ({
      from: addDaysIso(start, 14 * i),
      to: addDaysIso(start, 14 * i + 13),
      perDay,
    })),
    max: dwangsomMax,
  };
}

/** What has run up by `today` (at most 42 days, € 1.442); 0 before the start. */
export function dwangsomOwed(received: string, today: string): number {
  const days = Math.min(42, daysBetween(dwangsomStart(received), today) + 1);
  let owed = 0;
  for (let day = 0; day < days; day += 1) owed += dwangsomPerDay[Math.floor(day / 14)] ?? 0;
  return owed;
}
