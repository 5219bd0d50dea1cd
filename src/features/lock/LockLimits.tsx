import { useTranslation } from 'react-i18next';

/** What the lock cannot promise, in plain words (issue 16): the browser keeps things of its own. */
export function LockLimits() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="lock-limits-title">
      <h2 id="lock-limits-title">{t('lock.limitsTitle')}</h2>
      <p>{t('lock.limitsLead')}</p>
      <ul>
        <li>{t('lock.limitsHistory')}</li>
        <li>{t('lock.limitsDisk')}</li>
        <li>{t('lock.limitsLastKey')}</li>
        <li>{t('lock.limitsShared')}</li>
      </ul>
    </section>
  );
}
