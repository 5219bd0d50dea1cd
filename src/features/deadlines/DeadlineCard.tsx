import { useTranslation } from 'react-i18next';
import { ContentText } from '../../components/ContentText';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import { deadlineTexts } from '../../content/deadlines';
import type { Deadline } from '../../domain/deadlines';
import { localeOf, type UiLanguage } from '../../i18n/i18n';
import { formatIsoLong } from '../../lib/formatDate';

/** One deadline: when, whose, how much time is left in words, and what to do when it passed. */
export function DeadlineCard({
  deadline,
  withCommissie,
}: {
  deadline: Deadline;
  withCommissie?: Deadline | undefined;
}) {
  const { t, i18n } = useTranslation();
  const l = useLocalize();
  const long = (iso: string) => formatIsoLong(iso, localeOf[i18n.language as UiLanguage]);
  const text = deadlineTexts.deadlines.find((x) => x.id === deadline.id);
  if (!text) return null;
  const s = deadline.status;
  const statusText =
    s.kind === 'komt-nog'
      ? t('timeline.status.komt-nog', { count: s.daysLeft })
      : s.kind === 'verstreken'
        ? t('timeline.status.verstreken', { count: s.daysAgo })
        : t(`timeline.status.${s.kind}`);
  return (
    <>
      <h2 className="timeline__title">{l(text.title)}</h2>
      <p className="timeline__date">
        <strong>{t('timeline.deadlineBy', { date: long(deadline.date) })}</strong>
      </p>
      <p className="timeline__meta">
        <span className="tag">{t(`timeline.owner.${deadline.owner}`)}</span>
        <span className={`tag deadline-status deadline-status--${s.kind}`}>
          <span aria-hidden="true">
            {s.kind === 'verstreken' ? '! ' : s.kind === 'gehaald' ? '✓ ' : ''}
          </span>
          {statusText}
        </span>
      </p>
      {deadline.id === 'beslissing-bezwaar' && <p>{t('timeline.onlyIfBezwaar')}</p>}
      <ContentText text={text.explanation} />
      {deadline.movedBecause && (
        <p className="muted">
          {t('timeline.moved', {
            date: long(deadline.naiveDate),
            reason: t(`timeline.reasons.${deadline.movedBecause}`),
          })}{' '}
          {l(deadlineTexts.moved.text)}
        </p>
      )}
      {deadline.suspendedDays !== undefined && (
        <div className="inset">
          <ContentText
            text={{
              nl: deadlineTexts.suspended.text.nl.replace(
                '{{days}}',
                String(deadline.suspendedDays),
              ),
              en: deadlineTexts.suspended.text.en.replace(
                '{{days}}',
                String(deadline.suspendedDays),
              ),
            }}
          />
          <SourceNote sources={deadlineTexts.suspended.sources} />
        </div>
      )}
      {deadline.freeDaysMayBeUnknown && (
        <div className="inset inset--warning">
          <ContentText text={deadlineTexts.unknownFreeDays.text} />
          <SourceNote sources={deadlineTexts.unknownFreeDays.sources} />
        </div>
      )}
      {deadline.latestWithPostponement && (
        <p>{t('timeline.postponement', { date: long(deadline.latestWithPostponement) })}</p>
      )}
      {withCommissie && <p>{t('timeline.withCommissie', { date: long(withCommissie.date) })}</p>}
      {deadline.id === 'bezwaar' && s.kind !== 'verstreken' && (
        <div className="inset">
          <ContentText text={deadlineTexts.postRule.text} />
          <SourceNote sources={deadlineTexts.postRule.sources} />
        </div>
      )}
      {s.kind === 'verstreken' && (
        <div className="inset inset--warning">
          <h3>{t('timeline.whatNow')}</h3>
          <ContentText text={text.ifPassed} />
        </div>
      )}
      <SourceNote sources={text.sources} />
    </>
  );
}
