import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';

/**
 * Architecture rule 13: a new service worker waits until the user agrees to reload,
 * so a page never reloads in the middle of a question.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

  if (!needRefresh) return null;
  return (
    <section className="update-prompt" aria-labelledby="update-prompt-title">
      <p id="update-prompt-title" className="update-prompt__title">
        {t('pwa.updateReady')}
      </p>
      <p>{t('pwa.updateHint')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
          {t('pwa.reload')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setNeedRefresh(false)}
        >
          {t('pwa.later')}
        </button>
      </div>
    </section>
  );
}
