import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
// Both subsets with their unicode-range: the browser fetches latin-ext only when a page needs it,
// and never tries two faces for every character (which made typing in long texts slow).
import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import './app/styles.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// The build prerenders the start page in Dutch (vite.config.ts). It is kept and brought to life
// only where it is what the app would show; everywhere else the app draws the page itself.
const html = document.documentElement;
if (root.firstElementChild && location.pathname === '/' && html.lang === 'nl') {
  // As a transition, hydration yields to the browser every few milliseconds: the page, already
  // readable, stays responsive to a tap while it comes to life.
  startTransition(() => {
    hydrateRoot(root, app, {
      onRecoverableError: (error) => console.error('Prerendered start page did not match', error),
    });
  });
} else {
  root.replaceChildren();
  delete html.dataset.prerendered;
  createRoot(root).render(app);
}
