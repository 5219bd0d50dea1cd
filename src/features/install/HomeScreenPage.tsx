import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { AddPicture, HomePicture, MorePicture, SharePicture } from './HomeScreenPictures';
import { InstallOffer } from './InstallOffer';
import { usePlatform } from './useInstallState';

function Step({ text, picture, caption }: { text: string; picture?: ReactNode; caption?: string }) {
  return (
    <li className="hs-steps__step">
      <p>{text}</p>
      {picture && (
        <figure className="hs-figure">
          {picture}
          <figcaption className="hs-figure__caption">{caption}</figcaption>
        </figure>
      )}
    </li>
  );
}

/** "Zet op beginscherm", step by step with drawings, for an iPhone or iPad. */
function IosSteps() {
  const { t } = useTranslation();
  const pic = (id: 'share' | 'more' | 'add' | 'home') => t(`install.page.pictures.${id}`);
  return (
    <section aria-labelledby="hs-ios-title">
      <h2 id="hs-ios-title">{t('install.page.iosTitle')}</h2>
      <p>{t('install.ios.why')}</p>
      <p>{t('install.page.before')}</p>
      <ol className="hs-steps" aria-label={t('install.page.stepsLabel')}>
        <Step text={t('install.page.steps.open')} />
        <Step
          text={t('install.page.steps.share')}
          picture={<SharePicture />}
          caption={pic('share')}
        />
        <Step text={t('install.page.steps.more')} picture={<MorePicture />} caption={pic('more')} />
        <Step
          text={t('install.page.steps.add')}
          picture={<AddPicture label={t('install.page.pictures.addLabel')} />}
          caption={pic('add')}
        />
        <Step text={t('install.page.steps.confirm')} />
        <Step text={t('install.page.steps.use')} picture={<HomePicture />} caption={pic('home')} />
      </ol>
    </section>
  );
}

function OtherDevices() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="hs-other-title">
      <h2 id="hs-other-title">{t('install.page.otherTitle')}</h2>
      <p>{t('install.page.other')}</p>
    </section>
  );
}

/**
 * Putting the app on the Home Screen (issue 18, part 3): on an iPhone or iPad the steps with
 * drawings, elsewhere the browser's install button when it offers one. Installed: nothing to do.
 */
export function HomeScreenPage() {
  const { t } = useTranslation();
  usePageTitle(t('install.page.title'));
  const platform = usePlatform();
  return (
    <div className="prose">
      <BackLink to="/" />
      <PageHeading>{t('install.page.title')}</PageHeading>
      <p className="lead">{t('install.page.lead')}</p>
      {platform.installed ? (
        <p className="inset">{t('install.page.installed')}</p>
      ) : platform.ios ? (
        <>
          <IosSteps />
          <OtherDevices />
        </>
      ) : (
        <>
          {platform.offer.canInstall && (
            <section aria-labelledby="hs-offer-title">
              <h2 id="hs-offer-title">{t('install.page.offerTitle')}</h2>
              <InstallOffer />
            </section>
          )}
          <OtherDevices />
          <IosSteps />
        </>
      )}
      <section aria-labelledby="hs-backup-title">
        <h2 id="hs-backup-title">{t('install.page.backupTitle')}</h2>
        <p>{t('install.page.backup')}</p>
        <p>
          <Link to="/reservekopie">{t('install.page.backupLink')}</Link>
        </p>
      </section>
    </div>
  );
}
