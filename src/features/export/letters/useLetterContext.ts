import { useTranslation } from 'react-i18next';
import { planSections } from '../../../content/planSections';
import { worksheets } from '../../../content/worksheets';
import { deadlineModel } from '../../../domain/deadlineModel';
import type { DossierEvents } from '../../../domain/deadlines';
import { letterOffers, type LetterOffer } from '../../../domain/letters';
import { buildPlanDocument } from '../../../domain/planDocument';
import { coveredFromTicks, missingFromVerslag } from '../../../domain/verslagCheck';
import { todayIso } from '../../../lib/today';
import type { DossierEntries } from '../../../storage/entries';

export interface LetterContext {
  today: string;
  events: DossierEvents;
  offers: LetterOffer[];
  /** "Ontbreekt in het verslag", from the verslag check. */
  missing: string[];
  hasPlan: boolean;
}

/** The dates, the offers and the verslag check of one dossier, as the letters need them. */
export function useLetterContext(entries: DossierEntries): LetterContext {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  const { events } = deadlineModel(entries.dates, entries.choices.commissie, today);
  const plan = buildPlanDocument(
    planSections(worksheets, entries, i18n.language, t),
    { name: '', madeOn: '' },
    'gemeente',
  );
  return {
    today,
    events,
    offers: letterOffers(events, today),
    missing: missingFromVerslag(plan, coveredFromTicks(entries.ticks)).map(
      (m) => `${m.label}: ${m.text}`,
    ),
    hasPlan: plan.sections.length > 0,
  };
}
