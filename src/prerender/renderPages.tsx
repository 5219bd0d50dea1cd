// Build time only (vite.config.ts, prerenderPages): the start page and the information pages as
// HTML, in Dutch, so their text shows before any JavaScript runs. main.tsx hydrates them; the
// markup must match the first client render.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createMemoryRouter } from 'react-router';
import { App } from '../app/App';
import { routes } from '../app/router';
import { resolveLazyRoutes } from '../app/resolveLazyRoutes';
import { usesNoStorage } from '../app/useLockState';
import { PageTitleCollector } from '../components/usePageTitle';

/** The pages that get their own HTML file: the ones that show no personal data. */
export const prerenderedPaths = [
  '/',
  '/over-het-gesprek',
  '/over-het-gesprek/stappen',
  '/over-het-gesprek/tijdens',
  '/over-het-gesprek/na',
  '/over-het-gesprek/zorgen-en-rechten',
  '/over-het-gesprek/begrippen',
  '/over-deze-app',
  '/toegankelijkheid',
];

/**
 * The page's markup and its title. Waits for every lazy part (the page's module, Suspense), so
 * the browser can hydrate it.
 */
export async function renderPage(path: string): Promise<{ markup: string; title: string }> {
  if (!usesNoStorage(path)) throw new Error(`${path} may show personal data: not prerendered`);
  await resolveLazyRoutes(routes, path);
  let title = '';
  const { prelude } = await prerender(
    <StrictMode>
      <PageTitleCollector value={(t) => (title = t)}>
        <App makeRouter={() => createMemoryRouter(routes, { initialEntries: [path] })} />
      </PageTitleCollector>
    </StrictMode>,
  );
  // React puts resource hints it finds (the logo) first; they are not part of the tree.
  const markup = (await new Response(prelude).text()).replace(/^(<link [^>]*>)+/, '');
  if (!title) throw new Error(`The page ${path} sets no title`);
  return { markup, title };
}
