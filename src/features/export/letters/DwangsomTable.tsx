import { useTranslation } from 'react-i18next';
import { letterFormat } from '../../../content/letters';
import { dwangsomSchedule } from '../../../domain/letters';
import { localeOf, type UiLanguage } from '../../../i18n/i18n';
import { formatIsoLong } from '../../../lib/formatDate';

/** When the dwangsom starts and what it is per day (Awb art. 4:17), for one receipt date. */
export function DwangsomTable({ received }: { received: string }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf[(i18n.language === 'en' ? 'en' : 'nl') as UiLanguage];
  const date = (iso: string) => formatIsoLong(iso, locale);
  const { euro } = letterFormat(i18n.language === 'en' ? 'en' : 'nl');
  const schedule = dwangsomSchedule(received);
  return (
    <section aria-labelledby="dwangsom-title" aria-live="polite">
      <h3 id="dwangsom-title">{t('letters.dwangsomTitle')}</h3>
      <p>{t('letters.dwangsomStart', { received: date(received), start: date(schedule.start) })}</p>
      <table className="simple-table">
        <caption className="visually-hidden">{t('letters.dwangsomCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('letters.dwangsomPeriod')}</th>
            <th scope="col">{t('letters.dwangsomPerDay')}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.periods.map((p) => (
            <tr key={p.from}>
              <td>{t('letters.dwangsomFromTo', { from: date(p.from), to: date(p.to) })}</td>
              <td>{euro(p.perDay)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('letters.dwangsomMax', { amount: euro(schedule.max) })}</p>
    </section>
  );
}
