import { parseDate } from '../../domain/dates';
import type { DossierEvents } from '../../domain/deadlines';
import type { LetterInput, LetterInputBase } from '../../domain/letterInput';
import type { LetterId, LetterOffer } from '../../domain/letters';
import type { LetterFields } from '../../storage/entries';

/** A field the resident must fill in before the letter can be made, and why. */
export type ProblemField =
  | 'name'
  | 'address'
  | 'postcodeCity'
  | 'birthDate'
  | 'gemeente'
  | 'request'
  | 'corrections'
  | 'reasons'
  | 'court'
  | 'expectedReceipt';
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
/** A typed date that is filled in but cannot be read. */
const unreadable = (value: string | undefined) => text(value) !== '' && !parseDate(value ?? '');

/**
 * What must be filled in; the same list drives the error summary and the field messages, so a
 * required part is asked for before printing and never printed as a prompt.
 */
export function letterProblems(s: LetterSources): LetterProblem[] {
  const problems: LetterProblem[] = [];
  const required = (field: ProblemField) => problems.push({ field, problem: 'required' });
  for (const field of ['name', 'address', 'postcodeCity'] as const)
    if (!text(s.sender[field])) required(field);
  if (unreadable(s.sender.birthDate)) problems.push({ field: 'birthDate', problem: 'date' });
  if (!text(s.sender.gemeente)) required('gemeente');
  if (s.letter === 'reactie-verslag' && s.missing.length === 0 && !text(s.own.corrections))
    required('corrections');
  if (s.letter === 'aanvraag' && !text(s.own.request)) required('request');
  if (s.letter === 'bezwaar' && !s.own.proForma && !text(s.own.reasons)) required('reasons');
  if (s.letter === 'beroep') {
    if (!text(s.own.court)) required('court');
    if (!text(s.own.reasons)) required('reasons');
  }
  if (s.letter === 'ingebrekestelling' && unreadable(s.own.expectedReceipt))
    problems.push({ field: 'expectedReceipt', problem: 'date' });
  return problems;
}

function baseOf(s: LetterSources): LetterInputBase {
  const birthDate = parseDate(s.sender.birthDate ?? '');
  return {
    sender: {
      name: text(s.sender.name),
      address: text(s.sender.address),
      postcodeCity: text(s.sender.postcodeCity),
      ...optional('reference', s.sender.reference),
      ...optional('phone', s.sender.phone),
      ...optional('email', s.sender.email),
      ...(birthDate ? { birthDate } : {}),
    },
    gemeente: text(s.sender.gemeente),
    ...optional('gemeenteAddress', s.sender.gemeenteAddress),
    ...optional('place', s.sender.place),
    today: s.today,
  };
}

/** What a bezwaar and a beroep share: kenmerk, subject, reasons, the time limit and lateness. */
function appealOf(s: LetterSources) {
  return {
    ...optional('kenmerk', s.own.kenmerk),
    ...optional('about', s.own.about),
    ...optional('reasons', s.own.reasons),
    deadline: s.offer.deadline ?? s.today,
    ...(s.offer.late ? { late: true } : {}),
    ...(s.offer.late ? optional('lateReason', s.own.lateReason) : {}),
  };
}

/**
 * The builder's input from what is stored: the sender, the letter's own fields and the dates
 * of the dossier. Missing text stays out; the builder then leaves the part out of the letter
 * and puts a reminder in the notes.
 */
export function letterInputFrom(s: LetterSources): LetterInput {
  const base = baseOf(s);
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
        ...(s.own.enclosedId ? { enclosedId: true } : {}),
      };
    }
    case 'bezwaar':
      return {
        ...base,
        letter: 'bezwaar',
        beschikking: e.beschikking ?? s.today,
        ...appealOf(s),
        ...(s.own.proForma ? { proForma: true } : {}),
      };
    case 'beroep':
      return {
        ...base,
        letter: 'beroep',
        beslissing: e['beslissing-op-bezwaar'] ?? s.today,
        ...optional('court', s.own.court),
        ...optional('courtAddress', s.own.courtAddress),
        ...appealOf(s),
      };
    case 'ingebrekestelling': {
      const common = {
        ...base,
        letter: 'ingebrekestelling' as const,
        ...optional('about', s.own.about),
        decisionDue: s.offer.decisionDue ?? s.today,
        expectedReceipt: parseDate(s.own.expectedReceipt ?? '') ?? s.today,
      };
      if (s.offer.against === 'bezwaar')
        return {
          ...common,
          against: 'bezwaar',
          bezwaar: e['bezwaar-ingediend'] ?? s.today,
          ...(s.offer.latestWithPostponement
            ? { latestWithPostponement: s.offer.latestWithPostponement }
            : {}),
        };
      return { ...common, aanvraag: e.aanvraag ?? s.today };
    }
    default: {
      const never: never = s.letter;
      throw new Error(`Unknown letter ${String(never)}`);
    }
  }
}
