import type { Deadline, DossierEvents } from './deadlines';

/**
 * The one next thing to do, for the top of the dossier's overview (issue 17, item 5). Pure: the
 * events, their deadlines (computeDeadlines) and "today" are passed in.
 *
 * - `melding`: no date of the melding yet; with it, the app can work out the plan's time limit.
 * - `plan`: the plan still counts. Wmo art. 2.3.2 lid 2 and 5: at least 7 days after the melding,
 *   and a plan submitted later, before the onderzoek starts, still counts. `gesprek` is a gesprek
 *   still to come (today or later), when its date is known.
 * - `verder`: the onderzoek has begun and the plan's 7 days are over, so that limit no longer
 *   matters (shown calmly, never as an alarm). `next` is the first time limit still running.
 */
export type NextStep =
  | { kind: 'melding'; gesprek?: string }
  | { kind: 'plan'; plan: Deadline; gesprek?: string }
  | { kind: 'verder'; plan?: Deadline; gesprekWas?: string; next?: Deadline };

/** Dates that are only known once the onderzoek has begun (the gesprek is usually its heart). */
const afterOnderzoekBegan = [
  'verslag',
  'aanvraag',
  'beschikking',
  'bezwaar-ingediend',
  'beslissing-op-bezwaar',
] as const;

/** True when the dates show that the gemeente's onderzoek has begun: a gesprek in the past, or a later step. */
export function onderzoekBegun(events: DossierEvents, today: string): boolean {
  if (events.gesprek !== undefined && events.gesprek < today) return true;
  return afterOnderzoekBegan.some((id) => events[id] !== undefined);
}

const stillRunning = (d: Deadline) => d.status.kind === 'komt-nog' || d.status.kind === 'vandaag';

export function nextStep(
  events: DossierEvents,
  deadlines: readonly Deadline[],
  today: string,
): NextStep {
  const plan = deadlines.find((d) => d.id === 'plan');
  const begun = onderzoekBegun(events, today);
  const coming =
    events.gesprek !== undefined && events.gesprek >= today ? events.gesprek : undefined;
  const withGesprek = coming ? { gesprek: coming } : {};
  // Wmo art. 2.3.2 lid 2: the 7 days stand, even when the gesprek came sooner.
  if (plan && (!begun || stillRunning(plan))) return { kind: 'plan', plan, ...withGesprek };
  if (!begun) return { kind: 'melding', ...withGesprek };
  const step: NextStep = { kind: 'verder' };
  if (plan) step.plan = plan;
  if (events.gesprek !== undefined && events.gesprek < today) step.gesprekWas = events.gesprek;
  const next = deadlines.find((d) => d.id !== 'plan' && stillRunning(d));
  if (next) step.next = next;
  return step;
}
