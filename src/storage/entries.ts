import { z } from '../lib/zod';

/**
 * Everything a resident fills in is stored as small entries, one per answer, keyed by
 * [dossierId+key]. Two tabs that change different answers never overwrite each other.
 *
 * Keys: answer:<questionId>, tick:<list>:<itemId>, mark:<questionOrBlockId>,
 * ws:<worksheetItemId>, chosen:<worksheetId>, part:<partId>, date:<eventId>, choice:<questionId>,
 * note:<listId>, letter:afzender (the sender, shared by every letter), letter:<letterId>.
 */
export const answerValue = z.enum(['ja', 'nee', 'weet-niet']);
export type AnswerValue = z.infer<typeof answerValue>;

/** Hard limit of what is stored per text; the UI limits are far lower and shown to the user. */
export const storedTextMax = 100_000;

/**
 * What is typed is stored as typed, so nothing is lost on reload; forms check it when the
 * resident goes on. For an age field, `text` is the age in years and `birth` the date of birth.
 */
export const worksheetValue = z.object({
  text: z.string().max(storedTextMax).optional(),
  choice: answerValue.optional(),
  birth: z.string().max(40).optional(),
  /** "Alleen voor mezelf — niet delen met de gemeente". */
  private: z.boolean(),
});
export type WorksheetValue = z.infer<typeof worksheetValue>;

/** Quick notes during the gesprek, each with the moment it was written. */
export const noteList = z
  .array(z.object({ at: z.iso.datetime(), text: z.string().max(2_000) }))
  .max(500);
export type NoteList = z.infer<typeof noteList>;

/** What the resident typed for a draft letter; every field may be missing. */
const letterText = (max: number) => z.string().max(max).optional();
export const letterFields = z.object({
  name: letterText(200),
  address: letterText(500),
  postcodeCity: letterText(200),
  reference: letterText(200),
  /** Optional sender lines (issue 15): added later, so rows without them still parse. */
  phone: letterText(50),
  email: letterText(200),
  /** A date of birth as typed ("3-2-1944"), checked where it is used. */
  birthDate: letterText(40),
  gemeente: letterText(200),
  gemeenteAddress: letterText(500),
  place: letterText(200),
  request: letterText(5_000),
  about: letterText(500),
  kenmerk: letterText(200),
  reasons: letterText(20_000),
  corrections: letterText(20_000),
  lateReason: letterText(5_000),
  /** Beroep: the rechtbank and its address, as the beslissing op bezwaar names them. */
  court: letterText(200),
  courtAddress: letterText(500),
  /** A date as typed ("13-4-2026"), checked where it is used. */
  expectedReceipt: letterText(40),
  proForma: z.boolean().optional(),
  secondTalk: z.boolean().optional(),
  /** Aanvraag: a copy of an identity document goes with it (the law asks none, Wmo 2.3.4). */
  enclosedId: z.boolean().optional(),
  plan: z.enum(['handed-in', 'enclosed', 'none']).optional(),
  language: z.enum(['nl', 'en']).optional(),
  /** The letter's text as the resident changed it; missing means "the proposed text". */
  body: letterText(storedTextMax),
});
export type LetterFields = z.infer<typeof letterFields>;

export const partStatus = z.enum(['klaar', 'bezig']);
export type PartStatus = z.infer<typeof partStatus>;

const schemas = {
  answer: answerValue,
  tick: z.boolean(),
  mark: z.boolean(),
  ws: worksheetValue,
  chosen: z.array(z.string().max(100)).max(100),
  part: partStatus,
  /** A date as typed ("13-4-2026"), checked where it is used. */
  date: z.string().max(40),
  choice: answerValue,
  note: noteList,
  letter: letterFields,
} as const;

export type EntryKind = keyof typeof schemas;
export type EntryValue<K extends EntryKind> = z.infer<(typeof schemas)[K]>;
export type EntryKey<K extends EntryKind = EntryKind> = `${K}:${string}`;

export function entryKey<K extends EntryKind>(kind: K, id: string): EntryKey<K> {
  return `${kind}:${id}`;
}

export function kindOf(key: string): EntryKind | undefined {
  const kind = key.slice(0, key.indexOf(':'));
  return kind in schemas ? (kind as EntryKind) : undefined;
}

export class EntryValueError extends Error {
  constructor(readonly key: string) {
    super(`Value does not fit entry ${key}`);
    this.name = 'EntryValueError';
  }
}

/** Parses a value for its key; undefined when it cannot be used (it is then ignored). */
export function parseEntry(key: string, value: unknown): unknown {
  const kind = kindOf(key);
  if (!kind) return undefined;
  const parsed = schemas[kind].safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** All entries of one dossier, typed and grouped. */
export interface DossierEntries {
  answers: Record<string, AnswerValue>;
  ticks: Record<string, boolean>;
  marks: Record<string, boolean>;
  worksheet: Record<string, WorksheetValue>;
  chosen: Record<string, string[]>;
  parts: Record<string, PartStatus>;
  dates: Record<string, string>;
  choices: Record<string, AnswerValue>;
  notes: Record<string, NoteList>;
  letters: Record<string, LetterFields>;
}

export function emptyEntries(): DossierEntries {
  return {
    answers: {},
    ticks: {},
    marks: {},
    worksheet: {},
    chosen: {},
    parts: {},
    dates: {},
    choices: {},
    notes: {},
    letters: {},
  };
}

const group = {
  answer: 'answers',
  tick: 'ticks',
  mark: 'marks',
  ws: 'worksheet',
  chosen: 'chosen',
  part: 'parts',
  date: 'dates',
  choice: 'choices',
  note: 'notes',
  letter: 'letters',
} as const satisfies Record<EntryKind, keyof DossierEntries>;

/** Groups stored rows; rows that do not parse are left out, never thrown. */
export function groupEntries(rows: readonly { key: string; value: unknown }[]): DossierEntries {
  const out = emptyEntries();
  for (const { key, value } of rows) {
    const kind = kindOf(key);
    const parsed = parseEntry(key, value);
    if (!kind || parsed === undefined) continue;
    (out[group[kind]] as Record<string, unknown>)[key.slice(kind.length + 1)] = parsed;
  }
  return out;
}
