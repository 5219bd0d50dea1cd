import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../features/settings/preferences';
import { useVault } from '../storage/useVault';

const lockNow = async () => (await import('../storage/lock')).lockNow();

const menuId = 'site-menu';

/**
 * The header: the app's name and the menu. On a narrow screen, and at large text, the menu folds
 * behind one "Menu" button (a disclosure, as GOV.UK's service navigation does), so that the
 * page's own heading stays in the top half of the first screen. Whether it folds is decided by
 * CSS alone (a container query in styles.css), so the prerendered page and the running app look
 * the same and nothing shifts when the scripts start. "Vergrendel nu" and the language switch
 * sit in the menu: in the menu bar on a wide screen, in the folded menu on a narrow one.
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const language = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  const vault = useVault();
  const { pathname } = useLocation();
  // The menu closes by itself on every new page: it is open only for the page it was opened on.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const header = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (!header.current?.contains(document.activeElement)) return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <header className="site-header" ref={header}>
      <div className="site-header__inner">
        <Link to="/" className="site-header__name" aria-label={t('layout.homeLink')}>
          <img src="/favicon.svg" alt="" width="40" height="40" />
          <span>{t('app.name')}</span>
        </Link>
        <button
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls={menuId}
          ref={button}
          onClick={() => setOpenOn(open ? null : pathname)}
        >
          <MenuIcon open={open} />
          {t('layout.menu')}
        </button>
      </div>
      <div className="site-menu" id={menuId} data-open={open}>
        <div className="site-menu__inner">
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
          <div className="site-menu__tools">
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
        </div>
      </div>
    </header>
  );
}

/** Three bars when the menu is closed, a cross when it is open. */
function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg
      className="menu-button__icon"
      aria-hidden="true"
      viewBox="0 0 20 20"
      width="20"
      height="20"
    >
      {open ? (
        <path d="M4 4l12 12M16 4L4 16" stroke="currentColor" strokeWidth="2.5" fill="none" />
      ) : (
        <path d="M2 4h16M2 10h16M2 16h16" stroke="currentColor" strokeWidth="2.5" fill="none" />
      )}
    </svg>
  );
}
