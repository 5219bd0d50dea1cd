import { fillTemplate } from './fillTemplate';
import type {
  AanvraagInput,
  LetterFormat,
  LetterInputBase,
  ReactieVerslagInput,
} from './letterInput';
import { given, labelled, lines, sentences } from './letterLines';
import type { LetterNoteTexts, LetterTexts } from './letterTexts';

/**
 * What differs per letter; buildLetter (letterDrafts.ts) adds the shared parts. An empty
 * optional field never leaves a prompt in the letter: the part is left out or said in a
 * complete neutral sentence, and a reminder goes into the notes instead.
 */
export interface LetterParts {
  title: string;
  subject: string;
  /** The addressee and its postal address, one line each. */
  recipient: string[];
  /** "Geacht college," for the college; "Geachte heer, mevrouw," otherwise. */
  salutation: string;
  /** Lines under the subject: "Uw kenmerk: …". */
  references: string[];
  body: string[];
  enclosures: string[];
  notes: string[];
  deadline?: string;
}

export interface PartsContext {
  texts: LetterTexts;
  notes: LetterNoteTexts;
  format: LetterFormat;
  notesFormat: LetterFormat;
}

type Addressed = Pick<LetterParts, 'recipient' | 'salutation'>;

/** To the gemeente's staff (the reactie op het verslag). */
export function toGemeente(input: LetterInputBase, c: PartsContext): Addressed {
  const t = c.texts.common;
  return {
    recipient: [
      ...lines(fillTemplate(t.toGemeente, { gemeente: input.gemeente.trim() })),
      ...lines(input.gemeenteAddress ?? ''),
    ],
    salutation: t.salutation,
  };
}

/** To the college van burgemeester en wethouders: aanvraag, bezwaar, ingebrekestelling. */
export function toCollege(input: LetterInputBase, c: PartsContext): Addressed {
  const t = c.texts.common;
  return {
    recipient: [
      ...lines(fillTemplate(t.toCollege, { gemeente: input.gemeente.trim() })),
      ...lines(input.gemeenteAddress ?? ''),
    ],
    salutation: t.salutationCollege,
  };
}

/**
 * "Uw kenmerk": the decision's kenmerk when the letter is about one, else the resident's
 * klantnummer; with both, the klantnummer follows on a line of its own.
 */
export function referencesOf(input: LetterInputBase, c: PartsContext, kenmerk?: string): string[] {
  const t = c.texts.common;
  const reference = input.sender.reference?.trim();
  const own = given(kenmerk) ? kenmerk.trim() : undefined;
  if (own && reference && own !== reference)
    return [
      fillTemplate(t.referenceLine, { reference: own }),
      fillTemplate(t.clientNumberLine, { reference }),
    ];
  const one = own ?? reference;
  return one ? [fillTemplate(t.referenceLine, { reference: one })] : [];
}

export function reactieParts(input: ReactieVerslagInput, c: PartsContext): LetterParts {
  const t = c.texts['reactie-verslag'];
  const n = c.notes['reactie-verslag'];
  const date = (iso: string) => ({ date: c.format.date(iso) });
  const missing = input.missing.map((m) => m.replace(/\s+/g, ' ').trim()).filter((m) => m !== '');
  const body = [
    sentences(
      input.gesprek ? fillTemplate(t.gesprek, date(input.gesprek)) : t.gesprekNoDate,
      input.verslagReceived
        ? fillTemplate(t.verslag, date(input.verslagReceived))
        : t.verslagNoDate,
      t.purpose,
    ),
  ];
  if (missing.length > 0)
    body.push([t.missing, ...missing.map((m) => `- ${m}`)].join('\n'), t.missingRequest);
  if (given(input.corrections)) body.push(...labelled(t.corrections, input.corrections));
  body.push(t.acknowledge);
  if (input.secondTalk) body.push(t.secondTalk);
  body.push(c.texts.common.end);
  const empty = missing.length === 0 && !given(input.corrections);
  return {
    title: t.title,
    subject: t.subject,
    ...toGemeente(input, c),
    references: referencesOf(input, c),
    body,
    enclosures: [],
    notes: [
      n.soon,
      ...(missing.length > 0 ? [n.missingFrom] : []),
      ...(empty ? [n.writeCorrections] : []),
    ],
  };
}

export function aanvraagParts(input: AanvraagInput, c: PartsContext): LetterParts {
  const t = c.texts.aanvraag;
  const n = c.notes.aanvraag;
  const date = (iso: string) => ({ date: c.format.date(iso) });
  const body = [sentences(t.intro, input.melding && fillTemplate(t.melding, date(input.melding)))];
  if (given(input.request)) body.push(...labelled(t.request, input.request));
  if (input.plan === 'handed-in') body.push(t.planHandedIn);
  if (input.plan === 'enclosed') body.push(t.planEnclosed);
  if (input.verslagReceived) body.push(fillTemplate(t.verslag, date(input.verslagReceived)));
  // Wmo 2015 art. 2.3.2 lid 9: after six weeks without a finished onderzoek, apply anyway.
  if (input.onderzoekLate) body.push(t.onderzoekLate);
  // Wmo 2015 art. 2.3.5 lid 2: the beschikking within two weeks after receipt of the aanvraag.
  body.push(t.decide, t.acknowledge, c.texts.common.end);
  return {
    title: t.title,
    subject: t.subject,
    ...toCollege(input, c),
    references: referencesOf(input, c),
    body,
    enclosures: [
      ...(input.enclosedId ? [t.enclosureId] : []),
      ...(input.plan === 'enclosed' ? [t.enclosurePlan] : []),
    ],
    notes: [
      ...(given(input.request) ? [] : [n.writeRequest]),
      input.enclosedId ? n.idCopy : n.id,
      ...(input.plan === 'enclosed' ? [n.plan] : []),
      ...(input.onderzoekLate ? [n.late] : []),
      n.term,
      n.receipt,
    ],
  };
}
