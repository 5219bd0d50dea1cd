import { addDaysIso, daysBetween } from './calendar';
import { computeDeadlines, dwangsomMax, dwangsomPerDay, dwangsomStart } from './deadlines';
import type { DossierEvents } from './deadlines';

/**
 * Which draft letters make sense, given the dates a resident entered (issue 9), and why a letter
 * is not offered yet. Every rule cites its article (legal-facts.md). "Today" is passed in.
 */
export type LetterId = 'reactie-verslag' | 'aanvraag' | 'bezwaar' | 'ingebrekestelling';
export const letterIds: readonly LetterId[] = [
  'reactie-verslag',
  'aanvraag',
  'bezwaar',
  'ingebrekestelling',
];

export type NotOfferedReason =
  | 'needs-verslag'
  | 'needs-melding'
  | 'aanvraag-done'
  | 'needs-beschikking'
  | 'needs-aanvraag'
  | 'beschikking-known'
  | 'not-late-yet';

export type LetterOffer =
  | {
      letter: LetterId;
      offered: true;
      /** aanvraag: the onderzoek took longer than 6 weeks (Wmo art. 2.3.2 lid 9). */
      onderzoekLate?: boolean;
      /** bezwaar: the last day to object (Awb 6:7, 6:8, Atw); `late` when it has passed (Awb 6:11). */
      deadline?: string;
      late?: boolean;
      /** ingebrekestelling: the last day the gemeente had to decide (Wmo 2.3.5 lid 2, Atw). */
      decisionDue?: string;
    }
  | { letter: LetterId; offered: false; reason: NotOfferedReason; from?: string };

export function letterOffers(events: DossierEvents, today: string): LetterOffer[] {
  const deadlines = computeDeadlines(events, today);
  const find = (id: string) => deadlines.find((d) => d.id === id);
  const offers: LetterOffer[] = [];

  offers.push(
    events.verslag
      ? { letter: 'reactie-verslag', offered: true }
      : { letter: 'reactie-verslag', offered: false, reason: 'needs-verslag' },
  );

  // Wmo art. 2.3.2 lid 9: when the onderzoek is not done within six weeks, the resident may
  // file the aanvraag anyway.
  if (events.aanvraag) offers.push({ letter: 'aanvraag', offered: false, reason: 'aanvraag-done' });
  else if (!events.melding)
    offers.push({ letter: 'aanvraag', offered: false, reason: 'needs-melding' });
  else {
    const onderzoek = find('onderzoek');
    const late = onderzoek?.status.kind === 'verstreken';
    offers.push({ letter: 'aanvraag', offered: true, ...(late ? { onderzoekLate: true } : {}) });
  }

  // Awb art. 6:7 and 6:8: six weeks from the day after the beschikking was made known.
  const bezwaar = find('bezwaar');
  offers.push(
    bezwaar
      ? {
          letter: 'bezwaar',
          offered: true,
          deadline: bezwaar.date,
          ...(bezwaar.status.kind === 'verstreken' ? { late: true } : {}),
        }
      : { letter: 'bezwaar', offered: false, reason: 'needs-beschikking' },
  );

  // Awb art. 4:17: only an aanvraag on which the gemeente did not decide in time.
  const beslissing = find('beslissing');
  if (!events.aanvraag || !beslissing)
    offers.push({ letter: 'ingebrekestelling', offered: false, reason: 'needs-aanvraag' });
  else if (events.beschikking)
    offers.push({ letter: 'ingebrekestelling', offered: false, reason: 'beschikking-known' });
  else if (beslissing.status.kind !== 'verstreken')
    offers.push({
      letter: 'ingebrekestelling',
      offered: false,
      reason: 'not-late-yet',
      from: addDaysIso(beslissing.date, 1),
    });
  else offers.push({ letter: 'ingebrekestelling', offered: true, decisionDue: beslissing.date });

  return offers;
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
