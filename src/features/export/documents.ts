import type { TFunction } from 'i18next';
import { after } from '../../content/after';
import { deadlineTexts } from '../../content/deadlines';
import { during } from '../../content/during';
import { localize } from '../../content/localize';
import { timelineItems } from '../../content/timelineItems';
import { worksheets } from '../../content/worksheets';
import { buildChecklistDocument, type ChecklistDocument } from '../../domain/checklistDocument';
import { deadlineModel } from '../../domain/deadlineModel';
import { buildPlanDocument, type PlanDocument, type PlanVersion } from '../../domain/planDocument';
import { stripMarkup } from '../../domain/readability';
import { formatIsoLong } from '../../lib/formatDate';
import type { DossierEntries } from '../../storage/entries';
import type { Dossier } from '../../storage/records';
import { planSections } from '../../content/planSections';

export interface DocumentContext {
  dossier: Dossier;
  entries: DossierEntries;
  /** Whose plan: the person's first name, or the name filled in on worksheet 1. */
  name: string;
  language: 'nl' | 'en';
  locale: string;
  today: string;
  t: TFunction;
}

const plain = (text: string) => stripMarkup(text).replace(/\*/g, '');

export function planDocument(c: DocumentContext, version: PlanVersion): PlanDocument {
  const melding = deadlineModel(c.entries.dates, c.entries.choices.commissie, c.today).events
    .melding;
  const meta: PlanDocument['meta'] = { name: c.name, madeOn: formatIsoLong(c.today, c.locale) };
  if (melding) meta.meldingDate = formatIsoLong(melding, c.locale);
  if (c.dossier.helperName) meta.helper = c.dossier.helperName;
  return buildPlanDocument(planSections(worksheets, c.entries, c.language, c.t), meta, version);
}

export function checklistDocument(c: DocumentContext): ChecklistDocument {
  const l = (text: { nl: string; en: string }) => plain(localize(text, c.language));
  const model = deadlineModel(c.entries.dates, c.entries.choices.commissie, c.today);
  const dates = timelineItems(model.events, model.deadlines).map((item) => ({
    date: formatIsoLong(item.date, c.locale),
    title:
      item.kind === 'deadline'
        ? l(item.title)
        : l(deadlineTexts.events.find((e) => e.id === item.id)?.happened ?? item.title),
  }));
  return buildChecklistDocument({
    name: c.name,
    madeOn: formatIsoLong(c.today, c.locale),
    ownQuestions: c.entries.worksheet['eigen-vragen']?.text ?? '',
    companions: c.entries.worksheet.meegaan?.text ?? '',
    dates,
    sections: [
      ...during.phases.map((p) => ({
        id: p.id,
        title: l(p.title),
        items: p.items.map((i) => l(i.text)),
      })),
      ...after.sections.map((s) => ({
        id: s.id,
        title: `${c.t('pdf.doc.after')}: ${l(s.title)}`,
        items: s.items.map((i) => l(i.text)),
      })),
    ],
  });
}
