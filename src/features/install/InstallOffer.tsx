import { useTranslation } from 'react-i18next';
import { promptInstall } from '../../lib/installPrompt';
import { focusMain } from './focusMain';

/**
 * Chromium's install offer (Chrome, Edge, Android), only when the browser made one
 * (`beforeinstallprompt`). The button opens the browser's own question; the offer then ends.
 */
export function InstallOffer({ onLater }: { onLater?: () => void }) {
  const { t } = useTranslation();
  return (
    <aside className="quiet-note install-notice" aria-labelledby="install-offer-text">
      <p id="install-offer-text">{t('install.offer.text')}</p>
      <div className="button-row install-notice__buttons">
        <button
          type="button"
          className="button"
          onClick={() => void promptInstall().finally(focusMain)}
        >
          {t('install.offer.button')}
        </button>
        {onLater && (
          <button type="button" className="button button--secondary" onClick={onLater}>
            {t('install.offer.later')}
          </button>
        )}
      </div>
    </aside>
  );
}
