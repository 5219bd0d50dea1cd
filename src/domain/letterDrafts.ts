import { fillTemplate } from './fillTemplate';
import type { LetterFormat, LetterInput, LetterSender } from './letterInput';
import { lines, paragraphsOf } from './letterLines';
import { beroepParts, bezwaarParts } from './appealParts';
import { ingebrekestellingParts } from './defaultParts';
import { aanvraagParts, reactieParts } from './letterParts';
import type { LetterParts, PartsContext } from './letterParts';
import type { LetterNoteTexts, LetterTexts } from './letterTexts';
import type { LetterId } from './letters';

/**
 * Draft letters to the gemeente and the rechtbank (issues 9, 15): pure builders, no clock,
 * no i18n, no content import.
 *
 * API
 * - `buildLetter(input, texts, notes, format, notesFormat?)` → `LetterDraft`. `texts` are the
 *   words of the letter in its own language; `notes` the words for the resident (the app's
 *   language); both come from `letterTexts(lang)` / `letterNoteTexts(lang)` in
 *   src/content/letters.ts. `format` writes dates and amounts in the letter's language
 *   (`letterFormat(lang)` there); `notesFormat` does it for the notes (defaults to `format`).
 * - `bodyText(draft)` → the body as one editable text (paragraphs split by a blank line);
 *   `withBody(draft, edited)` → the same draft with the resident's edited body.
 * - `letterToText(draft)` → the letter alone as plain text, for an e-mail;
 *   `notesToText(draft)` → the notes box as plain text.
 * - The PDF: `makeLetterPdf(draft, language, largePrint, pageLabel)` in
 *   src/features/letters/makeLetterPdf.tsx (page 1 the notes, the letter from page 2).
 *
 * The input types (`LetterInput`, one per letter) and `LetterFormat` live in ./letterInput.ts.
 *
 * A paragraph may hold several lines ("\n"); a line that starts with "- " is a list item.
 * Free text from the resident is split on blank lines, so `bodyText`/`withBody` round-trip.
 *
 * Example:
 *   const draft = buildLetter(
 *     { letter: 'bezwaar', sender, gemeente: 'Utrecht', today: '2026-05-20',
 *       beschikking: '2026-05-04', reasons: 'Ik kan de trap niet op.', deadline: '2026-06-15' },
 *     letterTexts('nl'), letterNoteTexts('nl'), letterFormat('nl'));
 *   const email = letterToText(withBody(draft, editedText));
 */

export interface LetterDraft {
  letter: LetterId;
  /** The kind of letter, in the letter's language ("Bezwaarschrift"): for headings and PDF metadata. */
  title: string;
  labels: {
    /** The notes box heading: not part of the letter. */
    notes: string;
    /** In print the notes have a page of their own: do not send this page. */
    notesPage: string;
    /** "Betreft" */
    subject: string;
    /** "Handtekening" */
    signature: string;
    /** "Bijlage" or "Bijlagen" */
    enclosures: string;
  };
  /** Bezwaar and beroep: the last day, as a sentence to show prominently in the notes. */
  deadline?: string;
  /** Notes for the resident, one paragraph each (lines starting "- " are list items). */
  notes: string[];
  sender: string[];
  recipient: string[];
  placeDate: string;
  subject: string;
  /** Lines under the subject: "Uw kenmerk: …". */
  references: string[];
  salutation: string;
  /** Paragraphs; a paragraph may hold lines, and lines starting "- " are list items. */
  body: string[];
  closing: string;
  signature: { label: string; name: string };
  enclosures: string[];
}

/** Name and address, then telephone, e-mail and date of birth when given. */
function senderLines(sender: LetterSender, texts: LetterTexts, format: LetterFormat): string[] {
  const t = texts.common;
  const phone = sender.phone?.trim();
  const email = sender.email?.trim();
  return [
    ...[sender.name, sender.address, sender.postcodeCity].flatMap(lines),
    ...(phone ? [fillTemplate(t.phoneLine, { phone })] : []),
    ...(email ? [fillTemplate(t.emailLine, { email })] : []),
    ...(sender.birthDate
      ? [fillTemplate(t.birthDateLine, { date: format.day(sender.birthDate) })]
      : []),
  ];
}

function partsOf(input: LetterInput, c: PartsContext): LetterParts {
  switch (input.letter) {
    case 'reactie-verslag':
      return reactieParts(input, c);
    case 'aanvraag':
      return aanvraagParts(input, c);
    case 'bezwaar':
      return bezwaarParts(input, c);
    case 'ingebrekestelling':
      return ingebrekestellingParts(input, c);
    case 'beroep':
      return beroepParts(input, c);
    default: {
      const never: never = input;
      throw new Error(`Unknown letter ${String(never)}`);
    }
  }
}

export function buildLetter(
  input: LetterInput,
  texts: LetterTexts,
  notes: LetterNoteTexts,
  format: LetterFormat,
  notesFormat: LetterFormat = format,
): LetterDraft {
  const common = texts.common;
  const n = notes.common;
  const parts = partsOf(input, { texts, notes, format, notesFormat });
  const date = format.date(input.today);
  const place = input.place?.trim();
  const draft: LetterDraft = {
    letter: input.letter,
    title: parts.title,
    labels: {
      notes: n.label,
      notesPage: n.notesPage,
      subject: common.subjectLabel,
      signature: common.signatureLabel,
      enclosures: parts.enclosures.length > 1 ? common.enclosures : common.enclosure,
    },
    notes: [n.concept, ...parts.notes, n.keepCopy, n.help, n.notAdvice],
    sender: senderLines(input.sender, texts, format),
    recipient: parts.recipient,
    placeDate: place ? fillTemplate(common.placeDate, { place, date }) : date,
    subject: parts.subject,
    references: parts.references,
    salutation: parts.salutation,
    body: parts.body,
    closing: common.closing,
    signature: { label: common.signatureLabel, name: input.sender.name.trim() },
    enclosures: parts.enclosures,
  };
  if (parts.deadline) draft.deadline = parts.deadline;
  return draft;
}

/** The body as one text for an editable field: paragraphs separated by a blank line. */
export function bodyText(draft: LetterDraft): string {
  return draft.body.join('\n\n');
}

/** The draft with the resident's edited body (split on blank lines). */
export function withBody(draft: LetterDraft, edited: string): LetterDraft {
  return { ...draft, body: paragraphsOf(edited) };
}

/** The letter alone as plain text, for an e-mail: no notes, no space for a handwritten signature. */
export function letterToText(draft: LetterDraft): string {
  const blocks = [
    draft.sender.join('\n'),
    draft.recipient.join('\n'),
    draft.placeDate,
    [`${draft.labels.subject}: ${draft.subject}`, ...draft.references].join('\n'),
    draft.salutation,
    ...draft.body,
    `${draft.closing}\n\n${draft.signature.name}`,
  ];
  if (draft.enclosures.length > 0)
    blocks.push(
      [`${draft.labels.enclosures}:`, ...draft.enclosures.map((e) => `- ${e}`)].join('\n'),
    );
  return blocks.join('\n\n') + '\n';
}

/** The notes box as plain text: its heading, the deadline (bezwaar) and the notes. */
export function notesToText(draft: LetterDraft): string {
  return [draft.labels.notes, ...(draft.deadline ? [draft.deadline] : []), ...draft.notes].join(
    '\n\n',
  );
}
