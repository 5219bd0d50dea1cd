import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { InstallOffer } from './InstallOffer';
import { IosNotice } from './IosNotice';
import { SuddenlyEmpty } from './SuddenlyEmpty';
import { focusMain } from './focusMain';
import { useDeviceStorage, useDismissed, usePlatform } from './useInstallState';

/*
 * What the start page says about keeping data on this device (issue 18, part 3). Once the app
 * is installed, nothing more is asked.
 */

/**
 * Above "Begin": storage that is suddenly empty. Then a reservekopie is what she needs, not a
 * new dossier.
 */
export function StorageLost() {
  const platform = usePlatform();
  const { storage, forget } = useDeviceStorage(true);
  if (storage !== 'suddenly-empty') return null;
  return (
    <SuddenlyEmpty
      safari={platform.ios && !platform.installed}
      onDismiss={() => {
        forget();
        focusMain();
      }}
    />
  );
}

/**
 * Below "Begin", so that it stays within reach at large text: on an iPhone or iPad what an
 * empty start page may mean and Safari's 7-day rule; elsewhere Chromium's install button, which
 * the browser offers at a moment of its own and must not move the button she is about to tap.
 */
export function StartNotices() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const { storage } = useDeviceStorage();
  const [iosDismissed, dismissIos] = useDismissed('ios');
  const [offerDismissed, dismissOffer] = useDismissed('offer');
  const inSafari = platform.ios && !platform.installed;
  return (
    <>
      {/* Safari's 7-day rule also clears the device marker, so the empty page says it itself.
          The app on the Home Screen has its own storage: Safari's dossiers are not in it. */}
      {storage === 'empty' && platform.ios && (
        <p className="install-hint">
          {t(inSafari ? 'install.hint.safari' : 'install.hint.app')}{' '}
          <Link to="/reservekopie">{t('install.hint.link')}</Link>
        </p>
      )}
      {inSafari && !iosDismissed && (
        <IosNotice
          onDismiss={() => {
            dismissIos();
            focusMain();
          }}
        />
      )}
      {!platform.installed && platform.offer.canInstall && !offerDismissed && (
        <InstallOffer
          onLater={() => {
            dismissOffer();
            focusMain();
          }}
        />
      )}
    </>
  );
}
