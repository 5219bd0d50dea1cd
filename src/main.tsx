import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Both subsets with their unicode-range: the browser fetches latin-ext only when a page needs it,
// and never tries two faces for every character (which made typing in long texts slow).
import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import './app/styles.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
