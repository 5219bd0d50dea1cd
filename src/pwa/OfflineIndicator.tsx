import { useTranslation } from 'react-i18next';
import { useOnline } from './useOnline';

/** A quiet note, not an alarm: offline is a normal state for this app. */
export function OfflineIndicator() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <div role="status" className="offline-indicator" data-visible={!online}>
      {online ? null : t('pwa.offline')}
    </div>
  );
}
