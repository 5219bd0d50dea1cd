import { fillTemplate } from './fillTemplate';
import type {
  AanvraagInput,
  BezwaarInput,
  IngebrekestellingInput,
  LetterFormat,
  ReactieVerslagInput,
} from './letterInput';
import { paragraphsOf } from './letterLines';
import type { LetterNoteTexts, LetterTexts } from './letterTexts';
import { dwangsomSchedule } from './letters';

/** What differs per letter; buildLetter (letterDrafts.ts) adds the shared parts. */
export interface LetterParts {
  title: string;
  subject: string;
  recipient: 'toGemeente' | 'toCollege';
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

const given = (text: string | undefined): text is string =>
  text !== undefined && text.trim() !== '';

/** A label line followed by the resident's free text (or a prompt to write it). */
function labelled(label: string, text: string | undefined, prompt: string): string[] {
  const [first, ...rest] = given(text) ? paragraphsOf(text) : [prompt];
  return [`${label}\n${first ?? prompt}`, ...rest];
}

/** Free text used inside a sentence: one line, without a full stop of its own. */
const clause = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '');

const sentences = (...parts: (string | false | undefined)[]) =>
  parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');

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
  if (given(input.corrections)) body.push(...labelled(t.corrections, input.corrections, ''));
  if (missing.length === 0 && !given(input.corrections)) body.push(t.writeHere);
  body.push(t.acknowledge);
  if (input.secondTalk) body.push(t.secondTalk);
  body.push(c.texts.common.end);
  return {
    title: t.title,
    subject: t.subject,
    recipient: 'toGemeente',
    body,
    enclosures: [],
    notes: [n.soon, ...(missing.length > 0 ? [n.missingFrom] : [])],
  };
}

export function aanvraagParts(input: AanvraagInput, c: PartsContext): LetterParts {
  const t = c.texts.aanvraag;
  const n = c.notes.aanvraag;
  const date = (iso: string) => ({ date: c.format.date(iso) });
  const body = [
    sentences(t.intro, input.melding && fillTemplate(t.melding, date(input.melding))),
    ...labelled(t.request, input.request, t.writeRequest),
  ];
  if (input.plan === 'handed-in') body.push(t.planHandedIn);
  if (input.plan === 'enclosed') body.push(t.planEnclosed);
  if (input.verslagReceived) body.push(fillTemplate(t.verslag, date(input.verslagReceived)));
  // Wmo 2015 art. 2.3.2 lid 9: after six weeks without a finished onderzoek, apply anyway.
  if (input.onderzoekLate) body.push(t.onderzoekLate);
  // Wmo 2015 art. 2.3.5 lid 2: the beschikking within two weeks after the aanvraag.
  body.push(t.decide, c.texts.common.end);
  return {
    title: t.title,
    subject: t.subject,
    recipient: 'toCollege',
    body,
    enclosures: [t.enclosureId, ...(input.plan === 'enclosed' ? [t.enclosurePlan] : [])],
    notes: [
      n.id,
      ...(input.plan === 'enclosed' ? [n.plan] : []),
      ...(input.onderzoekLate ? [n.late] : []),
      n.term,
    ],
  };
}

/** Awb art. 6:5: sender, date, the decision objected to, the reasons, a signature. */
export function bezwaarParts(input: BezwaarInput, c: PartsContext): LetterParts {
  const t = c.texts.bezwaar;
  const n = c.notes.bezwaar;
  const decisionDate = { date: c.format.date(input.beschikking) };
  const body = [
    sentences(
      fillTemplate(t.decision, decisionDate),
      given(input.kenmerk) && fillTemplate(t.kenmerk, { kenmerk: clause(input.kenmerk) }),
      given(input.about) && fillTemplate(t.about, { about: clause(input.about) }),
    ),
  ];
  // Awb art. 6:11: a late bezwaar may still be admitted; say why it is late.
  if (input.late) body.push(...labelled(t.late, input.lateReason, t.writeLate));
  // Awb art. 6:6: a bezwaar without reasons gets a term to add them.
  if (input.proForma) body.push(t.proForma);
  else body.push(...labelled(t.reasons, input.reasons, t.writeReasons));
  body.push(t.request, t.hearing, t.acknowledge);
  return {
    title: t.title,
    subject: fillTemplate(t.subject, decisionDate),
    recipient: 'toCollege',
    body,
    enclosures: [],
    deadline: fillTemplate(n.deadline, { date: c.notesFormat.date(input.deadline) }),
    notes: [input.late ? n.late : n.onTime, ...(input.proForma ? [n.proForma] : []), n.sign],
  };
}

/** Awb art. 4:17: the gemeente is in default; a dwangsom runs two weeks after it gets the letter. */
export function ingebrekestellingParts(
  input: IngebrekestellingInput,
  c: PartsContext,
): LetterParts {
  const t = c.texts.ingebrekestelling;
  const n = c.notes.ingebrekestelling;
  const f = c.notesFormat;
  const aanvraagDate = { date: c.format.date(input.aanvraag) };
  const schedule = dwangsomSchedule(input.expectedReceipt);
  const periods = schedule.periods.map(
    (p) =>
      `- ${fillTemplate(n.period, { from: f.date(p.from), to: f.date(p.to), amount: f.euro(p.perDay) })}`,
  );
  return {
    title: t.title,
    subject: fillTemplate(t.subject, aanvraagDate),
    recipient: 'toCollege',
    body: [
      sentences(
        fillTemplate(t.aanvraag, aanvraagDate),
        given(input.about) && fillTemplate(t.about, { about: clause(input.about) }),
      ),
      fillTemplate(t.due, { date: c.format.date(input.decisionDue) }),
      t.default,
      t.dwangsom,
      t.acknowledge,
    ],
    enclosures: [],
    notes: [
      n.proof,
      [
        fillTemplate(n.schedule, {
          received: f.date(input.expectedReceipt),
          start: f.date(schedule.start),
        }),
        ...periods,
      ].join('\n'),
      fillTemplate(n.max, { amount: f.euro(schedule.max) }),
      n.beroep,
    ],
  };
}
