import { useTranslation } from 'react-i18next';
import { withName } from '../../components/dossierName';
import { useLocalize } from '../../components/useLocalize';
import type { Question } from '../../content/schema';
import { stripMarkup } from '../../domain/readability';
import type { Dossier } from '../../storage/records';

/** The question in plain words, in the "je" form or with the other person's name. */
export function useQuestionText(): (q: Question, dossier: Dossier) => string {
  const l = useLocalize();
  useTranslation();
  return (q, dossier) => {
    const text =
      dossier.subject === 'other' && dossier.personName
        ? withName(l(q.questionOther), dossier.personName)
        : l(q.question);
    return stripMarkup(text).replace(/\*/g, '');
  };
}

export function questionPath(dossierId: string, questionId: string, info = false): string {
  return `/dossiers/${dossierId}/vragen/${questionId}${info ? '/uitleg' : ''}`;
}
