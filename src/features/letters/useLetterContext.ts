import { useTranslation } from 'react-i18next';
import { letterFormat } from '../../content/letters';
import { planForVerslag } from '../../content/planSections';
import { worksheets } from '../../content/worksheets';
import { deadlineModel } from '../../domain/deadlineModel';
import type { DossierEvents } from '../../domain/deadlines';
import type { LetterFormat } from '../../domain/letterInput';
import { letterOffers, type LetterOffer } from '../../domain/letters';
import { coveredFromTicks, missingFromVerslag } from '../../domain/verslagCheck';
import { todayIso } from '../../lib/today';
import type { DossierEntries } from '../../storage/entries';

export interface LetterContext {
  /** The app's language, and dates and amounts written in it. */
  language: 'nl' | 'en';
  format: LetterFormat;
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
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const today = todayIso();
  const { events } = deadlineModel(entries.dates, entries.choices.commissie, today);
  const plan = planForVerslag(worksheets, entries, language, t);
  return {
    language,
    format: letterFormat(language),
    today,
    events,
    offers: letterOffers(events, today),
    missing: missingFromVerslag(plan, coveredFromTicks(entries.ticks)).map(
      (m) => `${m.label}: ${m.text}`,
    ),
    hasPlan: plan.sections.length > 0,
  };
}
