import { parseDate } from '../../../domain/dates';
import type { DossierEvents } from '../../../domain/deadlines';
import type { LetterInput } from '../../../domain/letterInput';
import type { LetterId, LetterOffer } from '../../../domain/letters';
import type { LetterFields } from '../../../storage/entries';

/** A field the resident must fill in before the letter can be made, and why. */
export type ProblemField =
  'name' | 'address' | 'postcodeCity' | 'gemeente' | 'request' | 'reasons' | 'expectedReceipt';
export interface LetterProblem {
  field: ProblemField;
  problem: 'required' | 'date';
}

export interface LetterSources {
  letter: LetterId;
  /** letter:afzender, shared by every letter. */
  sender: LetterFields;
  /** letter:<letterId>. */
  own: LetterFields;
  events: DossierEvents;
  offer: Extract<LetterOffer, { offered: true }>;
  /** "Ontbreekt in het verslag", from the verslag check, one line each. */
  missing: readonly string[];
  /** Whether the resident filled in a persoonlijk plan in the app. */
  hasPlan: boolean;
  today: string;
}

const text = (value: string | undefined) => value?.trim() ?? '';
const optional = <K extends string>(key: K, value: string | undefined) =>
  text(value) ? ({ [key]: text(value) } as Record<K, string>) : {};

/** What must be filled in; the same list drives the error summary and the field messages. */
export function letterProblems(s: LetterSources): LetterProblem[] {
  const problems: LetterProblem[] = [];
  for (const field of ['name', 'address', 'postcodeCity', 'gemeente'] as const)
    if (!text(s.sender[field])) problems.push({ field, problem: 'required' });
  if (s.letter === 'aanvraag' && !text(s.own.request))
    problems.push({ field: 'request', problem: 'required' });
  if (s.letter === 'bezwaar' && !s.own.proForma && !text(s.own.reasons))
    problems.push({ field: 'reasons', problem: 'required' });
  if (
    s.letter === 'ingebrekestelling' &&
    text(s.own.expectedReceipt) &&
    !parseDate(s.own.expectedReceipt ?? '')
  )
    problems.push({ field: 'expectedReceipt', problem: 'date' });
  return problems;
}

/**
 * The builder's input from what is stored: the sender, the letter's own fields and the dates
 * of the dossier. Missing text stays empty; the builder then writes "(Schrijf hier …)".
 */
export function letterInputFrom(s: LetterSources): LetterInput {
  const base = {
    sender: {
      name: text(s.sender.name),
      address: text(s.sender.address),
      postcodeCity: text(s.sender.postcodeCity),
      ...optional('reference', s.sender.reference),
    },
    gemeente: text(s.sender.gemeente),
    ...optional('gemeenteAddress', s.sender.gemeenteAddress),
    ...optional('place', s.sender.place),
    today: s.today,
  };
  const e = s.events;
  switch (s.letter) {
    case 'reactie-verslag':
      return {
        ...base,
        letter: 'reactie-verslag',
        ...(e.gesprek ? { gesprek: e.gesprek } : {}),
        ...(e.verslag ? { verslagReceived: e.verslag } : {}),
        missing: s.missing,
        ...optional('corrections', s.own.corrections),
        ...(s.own.secondTalk ? { secondTalk: true } : {}),
      };
    case 'aanvraag': {
      const plan = s.own.plan ?? (s.hasPlan ? 'handed-in' : 'none');
      return {
        ...base,
        letter: 'aanvraag',
        request: text(s.own.request),
        ...(e.melding ? { melding: e.melding } : {}),
        ...(plan === 'none' ? {} : { plan }),
        ...(e.verslag ? { verslagReceived: e.verslag } : {}),
        ...(s.offer.onderzoekLate ? { onderzoekLate: true } : {}),
      };
    }
    case 'bezwaar':
      return {
        ...base,
        letter: 'bezwaar',
        beschikking: e.beschikking ?? s.today,
        ...optional('kenmerk', s.own.kenmerk),
        ...optional('about', s.own.about),
        ...optional('reasons', s.own.reasons),
        ...(s.own.proForma ? { proForma: true } : {}),
        deadline: s.offer.deadline ?? s.today,
        ...(s.offer.late ? { late: true } : {}),
        ...(s.offer.late ? optional('lateReason', s.own.lateReason) : {}),
      };
    case 'ingebrekestelling':
      return {
        ...base,
        letter: 'ingebrekestelling',
        aanvraag: e.aanvraag ?? s.today,
        ...optional('about', s.own.about),
        decisionDue: s.offer.decisionDue ?? s.today,
        expectedReceipt: parseDate(s.own.expectedReceipt ?? '') ?? s.today,
      };
    default: {
      const never: never = s.letter;
      throw new Error(`Unknown letter ${String(never)}`);
    }
  }
}
