import { useTranslation } from 'react-i18next';

/** What "Wis alles" cannot reach, in plain words (issue 16): the browser keeps things of its own. */
export function WipeLimits() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="wipe-limits-title">
      <h2 id="wipe-limits-title">{t('wipe.limitsTitle')}</h2>
      <ul>
        <li>{t('wipe.limitsHistory')}</li>
        <li>{t('wipe.limitsBackups')}</li>
        <li>{t('wipe.limitsDisk')}</li>
        <li>{t('wipe.limitsShared')}</li>
      </ul>
    </section>
  );
}
