import { fillTemplate } from './fillTemplate';
import type { BeroepInput, BezwaarInput } from './letterInput';
import { clause, given, labelled, lines, sentences } from './letterLines';
import { referencesOf, toCollege, type LetterParts, type PartsContext } from './letterParts';

/** The late paragraph (Awb art. 6:11): the reason when given, else a complete neutral sentence. */
function lateParagraphs(
  t: { late: string; lateRequest: string; lateNoReason: string },
  reason: string | undefined,
): string[] {
  return given(reason) ? [...labelled(t.late, reason), t.lateRequest] : [t.lateNoReason];
}

/** On time (Awb 6:9), or late (6:11) with a reminder to say why when no reason is given. */
function timeNote(
  n: { onTime: string; late: string; writeLate: string },
  late: boolean,
  reason: string | undefined,
): string {
  if (!late) return n.onTime;
  return given(reason) ? n.late : `${n.late} ${n.writeLate}`;
}

/** Awb art. 6:5: sender, date, the decision objected to, the reasons, a signature. */
export function bezwaarParts(input: BezwaarInput, c: PartsContext): LetterParts {
  const t = c.texts.bezwaar;
  const n = c.notes.bezwaar;
  const date = c.format.date(input.beschikking);
  const kenmerk = given(input.kenmerk) ? clause(input.kenmerk) : undefined;
  const body = [
    sentences(
      fillTemplate(t.decision, { date }),
      kenmerk && fillTemplate(t.kenmerk, { kenmerk }),
      given(input.about) && fillTemplate(t.about, { about: clause(input.about) }),
    ),
  ];
  const late = input.late === true;
  if (late) body.push(...lateParagraphs(t, input.lateReason));
  // Awb art. 6:6: a bezwaar without reasons gets a time limit to add them.
  const reasons = !input.proForma && given(input.reasons);
  if (input.proForma) body.push(t.proForma);
  else if (reasons) body.push(...labelled(t.reasons, input.reasons ?? ''));
  // Awb art. 7:11 lid 2 (herroepen), 7:2 (horen), 6:14 (ontvangstbevestiging).
  body.push(t.request, t.hearing, t.acknowledge);
  return {
    title: t.title,
    subject: kenmerk
      ? fillTemplate(t.subjectKenmerk, { date, kenmerk })
      : fillTemplate(t.subject, { date }),
    ...toCollege(input, c),
    references: referencesOf(input, c, kenmerk),
    body,
    enclosures: [t.enclosureDecision],
    deadline: fillTemplate(n.deadline, { date: c.notesFormat.date(input.deadline) }),
    notes: [
      timeNote(n, late, input.lateReason),
      ...(input.proForma ? [n.proForma] : []),
      ...(!input.proForma && !reasons ? [n.writeReasons] : []),
      n.copy,
      n.sign,
    ],
  };
}

/** The court as named in the beslissing op bezwaar; "Rechtbank" added when only the place is typed. */
function courtName(court: string): string {
  const name = court.replace(/\s+/g, ' ').trim();
  return /^rechtbank\b/i.test(name) ? name : `Rechtbank ${name}`;
}

/**
 * Beroep at the rechtbank against the beslissing op bezwaar (Awb art. 7:1 lid 2, 8:1): within six
 * weeks (Awb 6:7, 6:8), with what Awb 6:5 asks and a copy of the decision (6:5 lid 2).
 */
export function beroepParts(input: BeroepInput, c: PartsContext): LetterParts {
  const t = c.texts.beroep;
  const n = c.notes.beroep;
  const common = c.texts.common;
  const date = c.format.date(input.beslissing);
  const kenmerk = given(input.kenmerk) ? clause(input.kenmerk) : undefined;
  const body = [
    sentences(
      fillTemplate(t.decision, { date }),
      fillTemplate(t.defendant, { gemeente: input.gemeente.trim() }),
      kenmerk && fillTemplate(t.kenmerk, { kenmerk }),
      given(input.about) && fillTemplate(t.about, { about: clause(input.about) }),
    ),
  ];
  const late = input.late === true;
  if (late) body.push(...lateParagraphs(t, input.lateReason));
  if (given(input.reasons)) body.push(...labelled(t.reasons, input.reasons));
  body.push(t.request, t.hearing);
  const court = given(input.court) ? courtName(input.court) : undefined;
  return {
    title: t.title,
    subject: kenmerk
      ? fillTemplate(t.subjectKenmerk, { date, kenmerk })
      : fillTemplate(t.subject, { date }),
    recipient: [
      ...lines(court ? fillTemplate(common.toRechtbank, { court }) : common.toRechtbankUnnamed),
      ...lines(input.courtAddress ?? ''),
    ],
    salutation: common.salutation,
    references: [],
    body,
    enclosures: [t.enclosureDecision],
    deadline: fillTemplate(n.deadline, { date: c.notesFormat.date(input.deadline) }),
    notes: [
      timeNote(n, late, input.lateReason),
      ...(given(input.reasons) ? [] : [n.writeReasons]),
      `${n.court} ${n.copy}`,
      n.griffierecht,
      n.sign,
    ],
  };
}
