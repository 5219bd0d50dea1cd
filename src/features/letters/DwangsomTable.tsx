import { useTranslation } from 'react-i18next';
import type { LetterFormat } from '../../domain/letterInput';
import { dwangsomSchedule } from '../../domain/letters';

/** When the dwangsom starts and what it is per day (Awb art. 4:17), for one receipt date. */
export function DwangsomTable({ received, format }: { received: string; format: LetterFormat }) {
  const { t } = useTranslation();
  const { date, euro } = format;
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
