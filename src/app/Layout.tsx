import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../features/settings/preferences';
import { useIdleLock } from '../features/lock/useIdleLock';
import { OfflineIndicator } from '../pwa/OfflineIndicator';
import { useVault } from '../storage/useVault';
import { StorageUnavailable } from './RouteError';
import { useLockState, usesNoStorage } from './useLockState';
import { isUnder } from '../lib/paths';

// The storage code (Dexie, the lock) loads after the first paint, as on the start page.
const UnlockPage = lazy(async () => ({
  default: (await import('../features/lock/UnlockPage')).UnlockPage,
}));
const lockNow = async () => (await import('../storage/lock')).lockNow();

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
  const language = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  const { pathname } = useLocation();
  const vault = useVault();
  useLockState(pathname);
  useFocusHeadingOnNavigate();
  useIdleLock(vault.mode === 'open' ? vault.lock.idleMinutes : null);
  const open = isOpenWhileLocked(pathname);
  const content =
    vault.mode === 'loading' && !open ? null : vault.mode === 'locked' && !open ? (
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
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__name" aria-label={t('layout.homeLink')}>
            <img src="/favicon.svg" alt="" width="40" height="40" />
            <span>{t('app.name')}</span>
          </Link>
          {vault.mode === 'open' && (
            <button type="button" className="language-switch" onClick={() => void lockNow()}>
              {t('lock.lockNow')}
            </button>
          )}
          <button
            type="button"
            className="language-switch"
            lang={language === 'nl' ? 'en' : 'nl'}
            aria-label={t('layout.switchToLabel')}
            onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
          >
            {t('layout.switchTo')}
          </button>
        </div>
        <nav className="site-nav" aria-label={t('layout.mainNav')}>
          <ul>
            <li>
              <NavLink to="/dossiers">{t('layout.nav.dossiers')}</NavLink>
            </li>
            <li>
              <NavLink to="/over-het-gesprek">{t('layout.nav.info')}</NavLink>
            </li>
            <li>
              <NavLink to="/instellingen">{t('layout.nav.settings')}</NavLink>
            </li>
            <li>
              <NavLink to="/over-deze-app">{t('layout.nav.about')}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
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
          <Link to="/toegankelijkheid">{t('layout.footerAccessibility')}</Link>
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
