import { useTranslation } from 'react-i18next';
import { useLocalize } from '../../components/useLocalize';
import { voiced } from '../../content/personText';
import type { LocalizedText, Question } from '../../content/schema';
import { stripMarkup } from '../../domain/readability';
import { useDossierContext } from '../../storage/hooks';
import type { Dossier } from '../../storage/records';

/** The question in plain words, in the "je" form or with the other person's name. */
export function useQuestionText(): (q: Question, dossier: Dossier) => string {
  const l = useLocalize();
  useTranslation();
  return (q, dossier) => {
    const text = l(voiced(q.question, q.questionOther, dossier));
    return stripMarkup(text).replace(/\*/g, '');
  };
}

/**
 * A chain text as this dossier speaks (issue 17, item 12): to the resident, or to the helper
 * about the person by name. Its twin is the same field with "Other" at the end.
 */
export function useChainVoice(): (self: LocalizedText, other?: LocalizedText) => LocalizedText {
  const { dossier } = useDossierContext();
  return (self, other) => voiced(self, other, dossier);
}

export function questionPath(dossierId: string, questionId: string, info = false): string {
  return `/dossiers/${dossierId}/vragen/${questionId}${info ? '/uitleg' : ''}`;
}
