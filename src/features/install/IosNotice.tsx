import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * Once, calmly: on an iPhone or iPad, in the browser, what Safari's 7-day rule can do and what
 * helps. "Begrepen" puts it away for good on this device.
 */
export function IosNotice({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="quiet-note install-notice" aria-labelledby="ios-notice-title">
      <h2 id="ios-notice-title" className="install-notice__title">
        {t('install.ios.title')}
      </h2>
      <p>{t('install.ios.why')}</p>
      <p>{t('install.ios.advice')}</p>
      <ul className="install-notice__links">
        <li>
          <Link to="/op-beginscherm">{t('install.ios.stepsLink')}</Link>
        </li>
        <li>
          <Link to="/reservekopie">{t('install.ios.backupLink')}</Link>
        </li>
      </ul>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t('install.ios.dismiss')}
      </button>
    </section>
  );
}
