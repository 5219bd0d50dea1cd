// First: Chromium's install offer can come before any page is drawn (lib/installPrompt.ts).
import './lib/installPrompt';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
// Both subsets with their unicode-range: the browser fetches latin-ext only when a page needs it,
// and never tries two faces for every character (which made typing in long texts slow).
import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import './app/styles.css';
import { App } from './app/App';
import { routes } from './app/router';
import { resolveLazyRoutes } from './app/resolveLazyRoutes';
import { loadUiLanguage } from './i18n/i18n';
import { usePreferences } from './features/settings/preferences';

function rootElement(): HTMLElement {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  return root;
}
const root = rootElement();
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// The build prerenders the start page and the information pages in Dutch (vite.config.ts); each
// HTML file names its page in <html data-page>. It is kept and brought to life only where it is
// what the app would show; everywhere else the app draws the page itself.
const html = document.documentElement;
const page = html.dataset.page;

function drawAnew(): void {
  root.replaceChildren();
  delete html.dataset.prerendered;
  createRoot(root).render(app);
}

function start(): void {
  if (root.firstElementChild && location.pathname === page && html.lang === 'nl') {
    // The page's own module first, so the router draws it in its first render.
    resolveLazyRoutes(routes, page).then(() => {
      // As a transition, hydration yields to the browser every few milliseconds: the page,
      // already readable, stays responsive to a tap while it comes to life.
      startTransition(() => {
        hydrateRoot(root, app, {
          onRecoverableError: (error) => console.error('Prerendered page did not match', error),
        });
      });
    }, drawAnew);
  } else {
    drawAnew();
  }
}

// The texts of the chosen language first (Dutch is in this script; English loads on demand).
// If they cannot load, the app starts in Dutch and tries again (App.tsx).
loadUiLanguage(usePreferences.getState().language).then(start, start);
