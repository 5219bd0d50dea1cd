import { deadlineIds, eventIds } from '../domain/deadlines';
import { z } from '../lib/zod';

/**
 * One schema for every file under content/. Text is always a pair of nl and en,
 * so a missing translation is a parse error, not a runtime surprise.
 *
 * Inline markup in text:
 * - [[term-id]] or [[term-id|shown words]] marks a begrip (links to the glossary);
 * - *words* is emphasis (used in English for a Dutch term the first time);
 * - a blank line starts a new paragraph; lines that start with "- " form a list.
 *
 * Whose voice (issue 17, item 12): a text that speaks to the resident as "je" has a twin with the
 * same name and "Other" at the end (`questionOther`, `helpOther`, `bodyOther`, …). It is shown in a
 * dossier "voor iemand anders" and speaks to the helper about the person: {{naam}} stands for their
 * first name, in nl and en. Code fills it in (src/content/personText.ts), as plain words, never as
 * markup; content never holds a name. The plan itself speaks as the resident: `planLabel`.
 */

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

const nonEmpty = z.string().trim().min(1, 'empty text');
export const localizedText = z.strictObject({ nl: nonEmpty, en: nonEmpty });
export type LocalizedText = z.infer<typeof localizedText>;

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

/** A legal or documentary source: a document from sources.json plus the exact place in it. */
export const sourceRef = z.strictObject({
  doc: id,
  ref: nonEmpty,
});
export type SourceRef = z.infer<typeof sourceRef>;
const sources = z.array(sourceRef).min(1);

export const sourceDocument = z.strictObject({
  id,
  title: localizedText,
  /** For "Bron:" lines, e.g. "Wmo 2015". */
  short: localizedText,
  /** What version was used, e.g. "geldend op 1 januari 2026". */
  version: localizedText,
  url: z.url().optional(),
  /**
   * For a law: every article (and chapter, "hoofdstuk 9") the content may cite, as numbered in the
   * law ("2.3.2", "4:17", "3"). The content suite fails on a `ref` that cites anything else.
   */
  articles: z.array(z.string().regex(/^(hoofdstuk )?\d+([.:]\d+)*[a-z]?$/)).optional(),
});
export const sourcesFile = z.strictObject({ documents: z.array(sourceDocument).min(1) });

export const glossaryTerm = z.strictObject({
  id,
  term: localizedText,
  definition: localizedText,
  sources: sources.optional(),
});
export const glossaryFile = z.strictObject({ terms: z.array(glossaryTerm).min(1) });
export type GlossaryTerm = z.infer<typeof glossaryTerm>;

export const checkItem = z.strictObject({
  id,
  text: localizedText,
  sources: sources.optional(),
});
export type CheckItem = z.infer<typeof checkItem>;

/** A link that leaves the app; only addresses found in the sources. */
export const externalLink = z.strictObject({
  title: localizedText,
  url: z.url({ protocol: /^https?$/ }),
});

/**
 * A point to check or to do (uitleg pages, plan tips), with its twin for a dossier for someone else.
 */
const voicedCheckItem = z.strictObject({ ...checkItem.shape, textOther: localizedText.optional() });

const uitlegBlock = z.strictObject({
  id,
  kind: z.literal('uitleg'),
  title: localizedText.optional(),
  titleOther: localizedText.optional(),
  body: localizedText,
  bodyOther: localizedText.optional(),
  links: z.array(externalLink).optional(),
  sources: sources.optional(),
});
const begripBlock = z.strictObject({ id, kind: z.literal('begrip'), term: id });
const ervaringBlock = z.strictObject({
  id,
  kind: z.literal('ervaring'),
  title: localizedText,
  description: localizedText,
  url: z.url({ protocol: /^https?$/ }),
});
const controlerenBlock = z.strictObject({
  id,
  kind: z.literal('controleren'),
  title: localizedText.optional(),
  titleOther: localizedText.optional(),
  items: z.array(voicedCheckItem).min(1),
});
const doenBlock = z.strictObject({
  id,
  kind: z.literal('doen'),
  title: localizedText.optional(),
  titleOther: localizedText.optional(),
  items: z.array(voicedCheckItem).min(1),
});
export const infoBlock = z.discriminatedUnion('kind', [
  uitlegBlock,
  begripBlock,
  ervaringBlock,
  controlerenBlock,
  doenBlock,
]);
export type InfoBlock = z.infer<typeof infoBlock>;
export type InfoBlockKind = InfoBlock['kind'];

export const question = z.strictObject({
  id,
  number: z.number().int().min(1),
  question: localizedText,
  /** The same question when filling in for someone else; {{naam}} is their first name. */
  questionOther: localizedText,
  /** Shown under the question: one short line on why it matters. */
  hint: localizedText.optional(),
  /** The question that "ja" leads to; null means the chain ends here. */
  yesNext: id.nullable(),
  /**
   * The answer in a few sentences, shown first on the uitleg page (issue 17, item 2). It only
   * sums up what the blocks say; the blocks keep every fact and fold open on request.
   */
  shortAnswer: z.strictObject({ body: localizedText, bodyOther: localizedText.optional(), sources }),
  blocks: z.array(infoBlock).min(1),
});
export const questionsFile = z.strictObject({ questions: z.array(question).min(1) });
export type Question = z.infer<typeof question>;

export const procedureStep = z.strictObject({
  id,
  number: z.number().int().min(1),
  title: localizedText,
  body: localizedText,
  /** Who acts in this step. */
  actor: z.enum(['jij', 'gemeente', 'samen']),
  /** A deadline stated in words, e.g. "binnen 7 dagen na de melding". */
  term: localizedText.optional(),
  sources,
});
export const procedureFile = z.strictObject({
  intro: localizedText,
  steps: z.array(procedureStep).min(1),
  /** Extra facts that are not a numbered step: noodvoorziening, wijzigingen, herindicatie. */
  extras: z
    .array(
      z.strictObject({ id, title: localizedText, body: localizedText, sources }),
    )
    .min(1),
  /** Practice differs per gemeente: said once, plainly. */
  note: localizedText,
});

/**
 * A point on the tijdens or na checklist. "essential" marks the few that lead the list (issue 17,
 * item 14); the rest fold under "Meer tips". The id is the tick's key: never change it.
 */
export const checklistItem = z.strictObject({
  ...checkItem.shape,
  essential: z.literal(true).optional(),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export const checklistSection = z.strictObject({
  id,
  title: localizedText,
  intro: localizedText.optional(),
  items: z.array(checklistItem).min(1),
});
export type ChecklistSection = z.infer<typeof checklistSection>;

export const duringFile = z.strictObject({
  intro: localizedText,
  phases: z.array(checklistSection).length(4),
  tips: z.array(checkItem).min(1),
  /** Short boxes the brochure adds: algemene voorziening, maatwerkvoorziening. */
  boxes: z.array(z.strictObject({ id, title: localizedText, body: localizedText, sources: sources.optional() })),
});

export const afterFile = z.strictObject({
  intro: localizedText,
  sections: z.array(checklistSection).min(1),
  tips: z.array(checkItem).min(1),
});

export const worry = z.strictObject({
  id,
  number: z.number().int().min(1).max(11),
  worry: localizedText,
  answer: localizedText,
  sources,
});
export const worriesFile = z.strictObject({
  intro: localizedText,
  worries: z.array(worry).length(11),
});
export type Worry = z.infer<typeof worry>;

export const fieldSpec = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('text'),
    maxLength: z.number().int().min(10).max(500),
    autocomplete: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal('textarea'),
    maxLength: z.number().int().min(50).max(4000),
    autocomplete: z.string().optional(),
  }),
  z.strictObject({ type: z.literal('age') }),
  z.strictObject({ type: z.literal('yesno') }),
]);
export type FieldSpec = z.infer<typeof fieldSpec>;

export const worksheetItem = z.strictObject({
  id,
  label: localizedText,
  /** The label in a dossier for someone else, where `label` says "je" or "jou". */
  labelOther: localizedText.optional(),
  /** The label in the plan PDF, in the resident's own words ("Wat ik zelf kan"), never a question. */
  planLabel: localizedText.optional(),
  help: localizedText,
  helpOther: localizedText.optional(),
  field: fieldSpec,
  /** The help says it may stay empty ("Geslacht"): it never holds "Klaar" back. */
  optional: z.literal(true).optional(),
});
export type WorksheetItem = z.infer<typeof worksheetItem>;

export const worksheet = z.strictObject({
  id,
  number: z.number().int().min(1),
  title: localizedText,
  /** The title when filling in for someone else; {{naam}} is their first name. */
  titleOther: localizedText,
  intro: localizedText,
  introOther: localizedText.optional(),
  /** "choose-then-detail": first pick the items that apply, then one page per item. */
  layout: z.enum(['list', 'choose-then-detail']),
  items: z.array(worksheetItem).min(1),
  sources: sources.optional(),
});
export type Worksheet = z.infer<typeof worksheet>;

export const worksheetsFile = z.strictObject({
  advice: z.strictObject({
    title: localizedText,
    titleOther: localizedText.optional(),
    items: z.array(voicedCheckItem).min(1),
    sources,
  }),
  /** Stands in for {{naam}} when a dossier for someone else has no name: "deze persoon". */
  someone: localizedText,
  worksheets: z.array(worksheet).length(6),
});

/**
 * The worked example (issue 17, "Show, don't only tell"): what a fictitious resident wrote for
 * each worksheet item, shown as "Zo kan het eruitzien" and made into the example plan PDF. It is
 * content, never a dossier: nothing of it is ever stored. The content suite checks that every
 * worksheet item has exactly one answer of the kind its field takes.
 */
export const exampleAnswer = z.union([
  z.strictObject({ id, text: localizedText }),
  z.strictObject({ id, age: z.number().int().min(0).max(130) }),
  z.strictObject({ id, choice: z.enum(['ja', 'nee', 'weet-niet']) }),
]);
export type ExampleAnswer = z.infer<typeof exampleAnswer>;
export const exampleFile = z.strictObject({
  /** For a "choose-then-detail" worksheet: the items the example resident chose, for the PDF. */
  chosen: z.record(id, z.array(id).min(1)),
  answers: z.array(exampleAnswer).min(1),
});

export const aboutFile = z.strictObject({
  intro: localizedText,
  disclaimer: localizedText,
  privacy: localizedText,
  sourcesIntro: localizedText,
  help: z.array(
    z.strictObject({ id, title: localizedText, body: localizedText, url: z.url().optional() }),
  ),
});

/** The accessibility statement (toegankelijkheidsverklaring), dated. */
export const accessibilityFile = z.strictObject({
  date: z.iso.date(),
  sections: z
    .array(z.strictObject({ id, title: localizedText, body: localizedText }))
    .min(3),
});

export const deadlinesFile = z.strictObject({
  intro: localizedText,
  /** Each date the resident can enter, with help on where to find it. */
  events: z
    .array(
      z.strictObject({
        id: z.enum(eventIds),
        label: localizedText,
        /** How the event shows on the timeline once it happened, e.g. "Melding gedaan". */
        happened: localizedText,
        help: localizedText,
      }),
    )
    .length(eventIds.length),
  commissie: z.strictObject({ label: localizedText, help: localizedText }),
  deadlines: z
    .array(
      z.strictObject({
        id: z.enum(deadlineIds),
        title: localizedText,
        explanation: localizedText,
        ifPassed: localizedText,
        sources,
      }),
    )
    .length(deadlineIds.length),
  /** Awb 6:9: when a bezwaar sent by post is on time. */
  postRule: z.strictObject({ text: localizedText, sources }),
  moved: z.strictObject({ text: localizedText, sources }),
  /** Awb 4:15: the days the beschikking's time limit stood still; {{days}} is their number. */
  suspended: z.strictObject({ text: localizedText, sources }),
  /** Atw art. 3 lid 3: a year for which the equated days may not be known yet. */
  unknownFreeDays: z.strictObject({ text: localizedText, sources }),
  disclaimer: localizedText,
});

/** Plain texts only (a letter has no markup): one strict object of nl/en pairs per group. */
function textGroup<const K extends string>(keys: readonly K[]) {
  return z.strictObject(
    Object.fromEntries(keys.map((k) => [k, localizedText])) as Record<K, typeof localizedText>,
  );
}
const letterGroup = <const K extends string>(keys: readonly K[]) =>
  textGroup(keys).extend({ sources: sources.optional() });

/** The five draft letters (issues 9, 15) and the notes for the resident; see src/domain/letterTexts.ts. */
export const lettersFile = z.strictObject({
  letter: z.strictObject({
    common: textGroup([
      'salutation',
      'salutationCollege',
      'closing',
      'end',
      'subjectLabel',
      'referenceLine',
      'clientNumberLine',
      'phoneLine',
      'emailLine',
      'birthDateLine',
      'placeDate',
      'signatureLabel',
      'enclosure',
      'enclosures',
      'toGemeente',
      'toCollege',
      'toRechtbank',
      'toRechtbankUnnamed',
    ]),
    'reactie-verslag': letterGroup([
      'title',
      'subject',
      'gesprek',
      'gesprekNoDate',
      'verslag',
      'verslagNoDate',
      'purpose',
      'missing',
      'missingRequest',
      'corrections',
      'acknowledge',
      'secondTalk',
    ]),
    aanvraag: letterGroup([
      'title',
      'subject',
      'intro',
      'melding',
      'request',
      'planHandedIn',
      'planEnclosed',
      'verslag',
      'onderzoekLate',
      'decide',
      'acknowledge',
      'enclosureId',
      'enclosurePlan',
    ]),
    bezwaar: letterGroup([
      'title',
      'subject',
      'subjectKenmerk',
      'decision',
      'kenmerk',
      'about',
      'reasons',
      'proForma',
      'late',
      'lateRequest',
      'lateNoReason',
      'request',
      'hearing',
      'acknowledge',
      'enclosureDecision',
    ]),
    ingebrekestelling: letterGroup([
      'title',
      'subject',
      'subjectBezwaar',
      'aanvraag',
      'bezwaar',
      'about',
      'aboutBezwaar',
      'due',
      'dueBezwaar',
      'default',
      'defaultBezwaar',
      'dwangsom',
      'dwangsomBezwaar',
      'acknowledge',
    ]),
    beroep: letterGroup([
      'title',
      'subject',
      'subjectKenmerk',
      'decision',
      'defendant',
      'kenmerk',
      'about',
      'reasons',
      'late',
      'lateRequest',
      'lateNoReason',
      'request',
      'hearing',
      'enclosureDecision',
    ]),
  }),
  notes: z.strictObject({
    common: letterGroup([
      'label',
      'notesPage',
      'concept',
      'notAdvice',
      'help',
      'keepCopy',
    ]),
    'reactie-verslag': letterGroup([
      'soon',
      'missingFrom',
      'writeCorrections',
    ]),
    aanvraag: letterGroup([
      'writeRequest',
      'id',
      'idCopy',
      'plan',
      'late',
      'term',
      'receipt',
    ]),
    bezwaar: letterGroup([
      'deadline',
      'onTime',
      'late',
      'writeLate',
      'proForma',
      'writeReasons',
      'copy',
      'sign',
    ]),
    ingebrekestelling: letterGroup([
      'proof',
      'schedule',
      'period',
      'max',
      'conditions',
      'postponed',
      'beroep',
    ]),
    beroep: letterGroup([
      'deadline',
      'onTime',
      'late',
      'writeLate',
      'writeReasons',
      'court',
      'copy',
      'griffierecht',
      'sign',
    ]),
  }),
});
export type LettersFile = z.infer<typeof lettersFile>;

/**
 * One word for one thing (content-style.md). Each concept names the word to use per language and
 * the variants that must not appear; the content suite fails on any of them, naming the place.
 * A variant may be allowed inside longer phrases (`except`) or in some content files (`allowIn`).
 */
const avoidedWord = z.strictObject({
  word: nonEmpty,
  except: z.array(nonEmpty).optional(),
  allowIn: z.array(id).optional(),
});
export type AvoidedWord = z.infer<typeof avoidedWord>;
const termChoice = z.strictObject({ use: nonEmpty, avoid: z.array(avoidedWord) });
export const terminologyFile = z.strictObject({
  concepts: z
    .array(z.strictObject({ id, meaning: nonEmpty, nl: termChoice, en: termChoice }))
    .min(1),
});
export type TerminologyFile = z.infer<typeof terminologyFile>;
