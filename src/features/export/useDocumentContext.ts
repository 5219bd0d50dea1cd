import { useTranslation } from 'react-i18next';
import { dossierName } from '../../components/dossierName';
import { localeOf, type UiLanguage } from '../../i18n/i18n';
import { todayIso } from '../../lib/today';
import { useDossierContext } from '../../storage/hooks';
import type { DocumentContext } from './documents';

/** What the plan and the checklist are made from, in the language chosen for the document. */
export function useDocumentContext(language: UiLanguage): DocumentContext {
  const { t, i18n } = useTranslation();
  const { dossier, entries } = useDossierContext();
  return {
    dossier,
    entries,
    name: entries.worksheet.naam?.text?.trim() || dossier.personName || dossierName(dossier, t),
    language,
    locale: localeOf[language],
    today: todayIso(),
    t: i18n.getFixedT(language),
  };
}
