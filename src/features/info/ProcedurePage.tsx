import { useTranslation } from 'react-i18next';
import { ContentText } from '../../components/ContentText';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import { procedure } from '../../content/procedure';
import { InfoPage } from './InfoPage';

/** The procedure as a vertical timeline: who acts, what the term is, and the law behind it. */
export function ProcedurePage() {
  const { t } = useTranslation();
  const l = useLocalize();
  return (
    <InfoPage
      title={t('info.sections.procedure.title')}
      lead={<ContentText text={procedure.intro} />}
    >
      <ol className="timeline">
        {procedure.steps.map((step) => (
          <li key={step.id} className={`timeline__step timeline__step--${step.actor}`} id={step.id}>
            <h2 className="timeline__title">
              <span className="timeline__number">{t('info.step', { number: step.number })}</span>
              {l(step.title)}
            </h2>
            <p className="timeline__meta">
              <span className="tag">{t(`info.actor.${step.actor}`)}</span>
              {step.term && <span className="tag tag--term">{l(step.term)}</span>}
            </p>
            <ContentText text={step.body} />
            <SourceNote sources={step.sources} />
          </li>
        ))}
      </ol>

      <h2>{t('info.goodToKnow')}</h2>
      {procedure.extras.map((extra) => (
        <section key={extra.id} aria-labelledby={`extra-${extra.id}`} className="inset">
          <h3 id={`extra-${extra.id}`}>{l(extra.title)}</h3>
          <ContentText text={extra.body} />
          <SourceNote sources={extra.sources} />
        </section>
      ))}
      <div className="note">
        <ContentText text={procedure.note} />
      </div>
    </InfoPage>
  );
}
