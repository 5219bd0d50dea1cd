import { fillTemplate } from './fillTemplate';
import type { IngebrekestellingInput } from './letterInput';
import { clause, given, sentences } from './letterLines';
import { referencesOf, toCollege, type LetterParts, type PartsContext } from './letterParts';
import { dwangsomSchedule } from './letters';

/**
 * Awb art. 4:17: the gemeente is in default; a dwangsom runs two weeks after it gets the letter.
 * Against a late beslissing op bezwaar the same applies by Awb art. 7:14, with the time limit of
 * Awb art. 7:10 (which the gemeente may postpone by six weeks, lid 3).
 */
export function ingebrekestellingParts(
  input: IngebrekestellingInput,
  c: PartsContext,
): LetterParts {
  const t = c.texts.ingebrekestelling;
  const n = c.notes.ingebrekestelling;
  const f = c.notesFormat;
  const onBezwaar = input.against === 'bezwaar';
  const submitted = { date: c.format.date(onBezwaar ? input.bezwaar : input.aanvraag) };
  const due = { date: c.format.date(input.decisionDue) };
  const schedule = dwangsomSchedule(input.expectedReceipt);
  const periods = schedule.periods.map(
    (p) =>
      `- ${fillTemplate(n.period, { from: f.date(p.from), to: f.date(p.to), amount: f.euro(p.perDay) })}`,
  );
  // When and how to send: after the postponed last day, if any (Awb 7:10 lid 3), with proof of receipt.
  const sending =
    onBezwaar && input.latestWithPostponement
      ? `${fillTemplate(n.postponed, { date: f.date(input.latestWithPostponement) })} ${n.proof}`
      : n.proof;
  return {
    title: t.title,
    subject: fillTemplate(onBezwaar ? t.subjectBezwaar : t.subject, submitted),
    ...toCollege(input, c),
    references: referencesOf(input, c),
    body: [
      sentences(
        fillTemplate(onBezwaar ? t.bezwaar : t.aanvraag, submitted),
        given(input.about) &&
          fillTemplate(onBezwaar ? t.aboutBezwaar : t.about, { about: clause(input.about) }),
      ),
      fillTemplate(onBezwaar ? t.dueBezwaar : t.due, due),
      onBezwaar ? t.defaultBezwaar : t.default,
      onBezwaar ? t.dwangsomBezwaar : t.dwangsom,
      t.acknowledge,
    ],
    enclosures: [],
    notes: [
      sending,
      [
        fillTemplate(n.schedule, {
          received: f.date(input.expectedReceipt),
          start: f.date(schedule.start),
        }),
        ...periods,
        fillTemplate(n.max, { amount: f.euro(schedule.max) }),
      ].join('\n'),
      n.conditions,
      n.beroep,
    ],
  };
}
