import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ContentText } from '../../components/ContentText';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { PartDoneForm } from '../../components/PartDoneForm';
import { useLocalize } from '../../components/useLocalize';
import { usePageTitle } from '../../components/usePageTitle';
import { deadlineTexts } from '../../content/deadlines';
import { localeOf, type UiLanguage } from '../../i18n/i18n';
import { formatIsoLong } from '../../lib/formatDate';
import { todayIso } from '../../lib/today';
import { useDossierContext, usePartDone } from '../../storage/hooks';
import { AgendaSection } from './AgendaSection';
import { DeadlineCard } from './DeadlineCard';
import { timelineItems } from '../../content/timelineItems';
import { deadlineModel } from '../../domain/deadlineModel';

export function TimelinePage() {
  const { t, i18n } = useTranslation();
  const l = useLocalize();
  const { dossier, entries } = useDossierContext();
  const partDone = usePartDone(dossier.id, 'data');
  usePageTitle(t('timeline.title'));
  const model = deadlineModel(entries.dates, entries.choices.commissie, todayIso());
  const items = timelineItems(model.events, model.deadlines);
  const long = (iso: string) => formatIsoLong(iso, localeOf[i18n.language as UiLanguage]);
  const datesPath = `/dossiers/${dossier.id}/data`;

  return (
    <div className="prose">
      <BackLink to={datesPath} />
      <PageHeading caption={dossierCaption(dossier, t)}>{t('timeline.title')}</PageHeading>
      {items.length === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <>
          <p className="lead">{t('timeline.lead')}</p>
          <ol className="timeline" aria-label={t('timeline.listLabel')}>
            {items.map((item) => (
              <li
                key={item.kind === 'event' ? `e-${item.id}` : `d-${item.deadline.id}`}
                className={`timeline__step ${item.kind === 'event' ? 'timeline__step--event' : `timeline__step--${item.deadline.status.kind}`}`}
              >
                {item.kind === 'event' ? (
                  <>
                    <h2 className="timeline__title">{l(item.title).replace(/\*/g, '')}</h2>
                    <p className="timeline__date">{long(item.date)}</p>
                    <p className="timeline__meta">
                      <span className="tag">{t('timeline.happened')}</span>
                    </p>
                  </>
                ) : (
                  <DeadlineCard
                    deadline={item.deadline}
                    withCommissie={
                      item.deadline.id === 'beslissing-bezwaar' ? model.withCommissie : undefined
                    }
                  />
                )}
              </li>
            ))}
          </ol>
          <div className="note">
            <ContentText text={deadlineTexts.disclaimer} />
          </div>
          <AgendaSection deadlines={model.deadlines} />
        </>
      )}
      <p>
        <Link to={datesPath}>{t('timeline.enterDates')}</Link>
      </p>
      <PartDoneForm
        initial={entries.parts.data === undefined ? undefined : entries.parts.data === 'klaar'}
        onSubmit={partDone}
      />
    </div>
  );
}
