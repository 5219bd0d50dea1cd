import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ContentText } from '../../components/ContentText';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { chain } from '../../content/chain';
import { markedQuestions } from '../../domain/questionMarks';
import { useDossierContext } from '../../storage/hooks';
import { questionPath, useQuestionText } from './questionText';

/**
 * "Teruglezen": every question she wants to read again, in chain order, with its short answer
 * and the way to its uitleg. An old mark on a block counts for its question.
 */
export function ReviewPage() {
  const { t } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const questionText = useQuestionText();
  usePageTitle(t('review.title'));
  const marked = markedQuestions(chain, entries.marks);

  return (
    <div className="prose">
      <BackLink to={`/dossiers/${dossier.id}`} />
      <PageHeading caption={dossierCaption(dossier, t)}>{t('review.title')}</PageHeading>
      {marked.length === 0 ? (
        <p>{t('review.empty')}</p>
      ) : (
        <>
          <p className="lead">{t('review.lead')}</p>
          {marked.map((question) => {
            const number = chain.indexOf(question) + 1;
            return (
              <section
                key={question.id}
                aria-labelledby={`review-${question.id}`}
                className="review-group"
              >
                <h2 id={`review-${question.id}`}>
                  <span className="worry__number">{t('review.question', { number })}</span>
                  {questionText(question, dossier)}
                </h2>
                <ContentText text={question.shortAnswer.body} />
                <p>
                  <Link to={questionPath(dossier.id, question.id, true)}>
                    {t('review.open', { number })}
                  </Link>
                </p>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
