import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * The app opens without a dossier, although this device made one before (deviceMarker.ts):
 * what probably happened, and how a reservekopie brings it back. Calm, never an alarm.
 */
export function SuddenlyEmpty({ safari, onDismiss }: { safari: boolean; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="inset install-notice" aria-labelledby="storage-empty-title">
      <h2 id="storage-empty-title" className="install-notice__title">
        {t('install.empty.title')}
      </h2>
      <p>{t('install.empty.what')}</p>
      <p>{safari ? t('install.empty.whySafari') : t('install.empty.why')}</p>
      <p>{t('install.empty.restore')}</p>
      <p>
        <Link className="button" to="/reservekopie">
          {t('install.empty.restoreLink')}
        </Link>
      </p>
      <p>{t('install.empty.noBackup')}</p>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t('install.empty.dismiss')}
      </button>
    </section>
  );
}
