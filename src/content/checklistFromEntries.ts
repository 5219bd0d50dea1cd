import type { TFunction } from 'i18next';
import { after } from './after';
import { deadlineTexts } from './deadlines';
import { during } from './during';
import { localize } from './localize';
import type { ChecklistSection } from './schema';
import { timelineItems } from './timelineItems';
import {
  buildChecklistDocument,
  type ChecklistDocument,
  type ChecklistPart,
} from '../domain/checklistDocument';
import { deadlineModel } from '../domain/deadlineModel';
import { stripMarkup } from '../domain/readability';
import { formatIsoLong } from '../lib/formatDate';

/** The parts of a dossier's entries the checklist is made from; typed here so content needs no storage. */
export interface ChecklistEntries {
  worksheet: Readonly<Record<string, { text?: string | undefined } | undefined>>;
  dates: Readonly<Record<string, string>>;
  choices: Readonly<Record<string, 'ja' | 'nee' | 'weet-niet' | undefined>>;
  notes: Readonly<Record<string, readonly { at: string; text: string }[] | undefined>>;
}

export interface ChecklistContext {
  entries: ChecklistEntries;
  /** Whose checklist: the name on worksheet 1, or the dossier's name. */
  name: string;
  language: 'nl' | 'en';
  locale: string;
  today: string;
  /** Fixed to `language`. */
  t: TFunction;
}

/** The gespreksmodus keeps its notes under this entry (note:gesprek) and its draft under ws:notitie-concept. */
export const conversationNotesId = 'gesprek';
export const noteDraftId = 'notitie-concept';

/** When a note was written, in full: "vrijdag 20 november 2026 om 10:15", in the reader's time zone. */
export function noteWhen(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/**
 * The notes from the gespreksmodus, with a draft that was typed but never saved as a note at the
 * end: the resident's words are never lost between the gesprek and the verslag (issue 17, item 6).
 */
export function conversationNotes(
  entries: ChecklistEntries,
  locale: string,
  draftLabel: string,
): { when: string; text: string }[] {
  const saved = (entries.notes[conversationNotesId] ?? []).map((n) => ({
    when: noteWhen(n.at, locale),
    text: n.text,
  }));
  const draft = entries.worksheet[noteDraftId]?.text?.trim() ?? '';
  return draft === '' ? saved : [...saved, { when: draftLabel, text: draft }];
}

const plain = (text: string) => stripMarkup(text).replace(/\*/g, '');

/** The tijdens and na checklist with the resident's own questions, dates and notes. */
export function checklistFromEntries(c: ChecklistContext): ChecklistDocument {
  const l = (text: { nl: string; en: string }) => plain(localize(text, c.language));
  const model = deadlineModel(c.entries.dates, c.entries.choices.commissie, c.today);
  const dates = timelineItems(model.events, model.deadlines).map((item) => ({
    date: formatIsoLong(item.date, c.locale),
    title:
      item.kind === 'deadline'
        ? l(item.title)
        : l(deadlineTexts.events.find((e) => e.id === item.id)?.happened ?? item.title),
  }));
  const section = (s: ChecklistSection, part: ChecklistPart, title: string) => ({
    id: s.id,
    part,
    title,
    items: s.items.map((i) => ({ text: l(i.text), essential: i.essential === true })),
  });
  return buildChecklistDocument({
    name: c.name,
    madeOn: formatIsoLong(c.today, c.locale),
    ownQuestions: c.entries.worksheet['eigen-vragen']?.text ?? '',
    companions: c.entries.worksheet.meegaan?.text ?? '',
    dates,
    sections: [
      ...during.phases.map((p) => section(p, 'during', l(p.title))),
      ...after.sections.map((s) =>
        section(s, 'after', `${c.t('pdf.doc.after')}: ${l(s.title)}`),
      ),
    ],
    notes: conversationNotes(c.entries, c.locale, c.t('checklist.notes.draft')),
  });
}
