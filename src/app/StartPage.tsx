import { lazy, Suspense, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { usePageTitle } from '../components/usePageTitle';
import { useVault } from '../storage/useVault';

// The storage code loads after the first paint, and only when this device holds data
// (useLockState): the start page's text never waits for it.
const ContinueLink = lazy(async () => ({
  default: (await import('../features/dossiers/ContinueLink')).ContinueLink,
}));
// Storage suddenly empty (above "Begin"); Safari's 7-day rule and the install button (below).
// Only in the browser, after the prerendered page has come to life (issue 18, part 3).
const StorageLost = lazy(async () => ({
  default: (await import('../features/install/StartNotices')).StorageLost,
}));
const StartNotices = lazy(async () => ({
  default: (await import('../features/install/StartNotices')).StartNotices,
}));
const noSubscription = () => () => undefined;

export function StartPage() {
  const { t } = useTranslation();
  usePageTitle(t('start.title'));
  const vault = useVault();
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <div className="prose">
      <PageHeading>{t('start.title')}</PageHeading>
      <p className="lead">{t('start.lead')}</p>
      {vault.mode !== 'loading' && (
        <Suspense fallback={null}>
          <ContinueLink />
        </Suspense>
      )}
      {inBrowser && (
        <Suspense fallback={null}>
          <StorageLost />
        </Suspense>
      )}
      <Link to="/dossiers" className="button button--start">
        {t('start.begin')}
        <svg
          className="button__arrow"
          aria-hidden="true"
          viewBox="0 0 33 40"
          width="17"
          height="19"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </Link>
      {inBrowser && (
        <Suspense fallback={null}>
          <StartNotices />
        </Suspense>
      )}

      <h2>{t('start.whatTitle')}</h2>
      <ul className="check-list">
        <li>{t('start.what.questions')}</li>
        <li>{t('start.what.plan')}</li>
        <li>{t('start.what.dates')}</li>
        <li>{t('start.what.print')}</li>
      </ul>
      <p>
        <Link to="/voorbeeld">{t('example.startLink')}</Link>
      </p>

      <h2>{t('start.whoTitle')}</h2>
      <p>{t('start.who')}</p>

      <h2>{t('start.privacyTitle')}</h2>
      <p>{t('start.privacy')}</p>
      <p>
        <Link to="/over-deze-app">{t('start.learnMore')}</Link>
      </p>
    </div>
  );
}
