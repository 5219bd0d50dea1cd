import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { chain } from '../../content/chain';
import { useDossierContext } from '../../storage/hooks';
import { InfoBlockView } from './InfoBlockView';
import { questionPath, useQuestionText } from './questionText';

/** "Teruglezen": every question and info block the resident marked, in chain order. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const questionText = useQuestionText();
  usePageTitle(t('review.title'));
  const groups = chain
    .map((q, i) => ({
      question: q,
      number: i + 1,
      questionMarked: !!entries.marks[q.id],
      blocks: q.blocks.filter((b) => entries.marks[b.id]),
    }))
    .filter((g) => g.questionMarked || g.blocks.length > 0);

  return (
    <div className="prose">
      <BackLink to={`/dossiers/${dossier.id}`} />
      <PageHeading caption={dossierCaption(dossier, t)}>{t('review.title')}</PageHeading>
      {groups.length === 0 ? (
        <p>{t('review.empty')}</p>
      ) : (
        <>
          <p className="lead">{t('review.lead')}</p>
          {groups.map((g) => (
            <section
              key={g.question.id}
              aria-labelledby={`review-${g.question.id}`}
              className="review-group"
            >
              <h2 id={`review-${g.question.id}`}>
                <span className="worry__number">{t('review.question', { number: g.number })}</span>
                {questionText(g.question, dossier)}
              </h2>
              <p>
                <Link to={questionPath(dossier.id, g.question.id)}>
                  {t('review.open', { number: g.number })}
                </Link>
              </p>
              {g.blocks.map((b) => (
                <InfoBlockView key={b.id} block={b} />
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
