import type { TFunction } from 'i18next';
import { worksheets } from '../../content/worksheets';
import { checklistFromEntries } from '../../content/checklistFromEntries';
import type { ChecklistDocument } from '../../domain/checklistDocument';
import { deadlineModel } from '../../domain/deadlineModel';
import { buildPlanDocument, type PlanDocument, type PlanVersion } from '../../domain/planDocument';
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

export function planDocument(c: DocumentContext, version: PlanVersion): PlanDocument {
  const melding = deadlineModel(c.entries.dates, c.entries.choices.commissie, c.today).events
    .melding;
  const meta: PlanDocument['meta'] = { name: c.name, madeOn: formatIsoLong(c.today, c.locale) };
  if (melding) meta.meldingDate = formatIsoLong(melding, c.locale);
  if (c.dossier.helperName) meta.helper = c.dossier.helperName;
  return buildPlanDocument(planSections(worksheets, c.entries, c.language, c.t), meta, version);
}

export function checklistDocument(c: DocumentContext): ChecklistDocument {
  return checklistFromEntries(c);
}
