// Build time only (vite.config.ts, prerenderStart): the start page as HTML, so its text shows
// before any JavaScript runs. main.tsx hydrates it; the markup must match the first client render.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createMemoryRouter } from 'react-router';
import { App } from '../app/App';
import { routes } from '../app/router';

/** Waits for every lazy part (Suspense), so the browser can hydrate it without starting over. */
export async function renderStartPage(): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <App makeRouter={() => createMemoryRouter(routes, { initialEntries: ['/'] })} />
    </StrictMode>,
  );
  return new Response(prelude).text();
}
