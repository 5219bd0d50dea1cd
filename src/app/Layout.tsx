import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SlowStorage } from '../components/SlowStorage';
import { useIdleLock } from '../features/lock/useIdleLock';
import { OfflineIndicator } from '../pwa/OfflineIndicator';
import { useVault } from '../storage/useVault';
import { StorageUnavailable } from './RouteError';
import { useLockState, usesNoStorage } from './useLockState';
import { isUnder } from '../lib/paths';
import { SiteHeader } from './SiteHeader';

// The storage code (Dexie, the lock) loads after the first paint, as on the start page.
const UnlockPage = lazy(async () => ({
  default: (await import('../features/lock/UnlockPage')).UnlockPage,
}));

/** Pages without personal data stay open while the app is locked. */
const openWhileLocked = ['/instellingen', '/wis-alles'];
const isOpenWhileLocked = (path: string) => usesNoStorage(path) || isUnder(path, openWhileLocked);

/**
 * Moves focus to the new page's <h1> after every navigation, not on the first load (rule 8).
 * Pages that read IndexedDB render their heading a moment later, so wait for it.
 */
function useFocusHeadingOnNavigate(): void {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (location.hash) return;
    const main = document.getElementById('main');
    const focusHeading = () => {
      const h1 = main?.querySelector<HTMLElement>('h1');
      if (h1) h1.focus();
      return !!h1;
    };
    if (focusHeading() || !main) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [location.pathname, location.hash]);
}

export function Layout({ updatePrompt }: { updatePrompt?: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const vault = useVault();
  useLockState(pathname);
  useFocusHeadingOnNavigate();
  useIdleLock(vault.mode === 'open' ? vault.lock.idleMinutes : null);
  const open = isOpenWhileLocked(pathname);
  const content =
    vault.mode === 'loading' && !open ? (
      <SlowStorage />
    ) : vault.mode === 'locked' && !open ? (
      <Suspense fallback={null}>
        <UnlockPage />
      </Suspense>
    ) : vault.mode === 'unavailable' && !open ? (
      <StorageUnavailable />
    ) : (
      <Outlet />
    );

  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <SiteHeader />
      <OfflineIndicator />
      {updatePrompt}
      <main id="main" className="main" tabIndex={-1}>
        {content}
      </main>
      <footer className="site-footer">
        <p>{t('layout.footerPrivacy')}</p>
        <p>
          {t('layout.footerDisclaimer')} <Link to="/over-deze-app">{t('layout.nav.about')}</Link>
        </p>
        <p>
          <Link to="/toegankelijkheid" className="site-footer__link">
            {t('layout.footerAccessibility')}
          </Link>
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
