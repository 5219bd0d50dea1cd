import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { StartPage } from './StartPage';
import { UpdatePrompt } from '../pwa/UpdatePrompt';

/** Dutch slugs, one module per page; everything but the start page loads on demand. */
export const routes: RouteObject[] = [
  {
    element: <Layout updatePrompt={<UpdatePrompt />} />,
    children: [
      { index: true, Component: StartPage },
      {
        path: 'dossiers',
        lazy: async () => ({
          Component: (await import('../features/dossiers/DossierListPage')).DossierListPage,
        }),
      },
      {
        path: 'dossiers/nieuw',
        lazy: async () => ({
          Component: (await import('../features/dossiers/DossierNamePage')).DossierNamePage,
        }),
      },
      {
        path: 'dossiers/:dossierId/naam',
        lazy: async () => ({
          Component: (await import('../features/dossiers/DossierNamePage')).DossierNamePage,
        }),
      },
      {
        path: 'dossiers/:dossierId/verwijderen',
        lazy: async () => ({
          Component: (await import('../features/dossiers/DeleteDossierPage')).DeleteDossierPage,
        }),
      },
      {
        path: 'over-het-gesprek',
        lazy: async () => ({
          Component: (await import('../features/info/InfoIndexPage')).InfoIndexPage,
        }),
      },
      {
        path: 'over-het-gesprek/stappen',
        lazy: async () => ({
          Component: (await import('../features/info/ProcedurePage')).ProcedurePage,
        }),
      },
      {
        path: 'over-het-gesprek/tijdens',
        lazy: async () => ({ Component: (await import('../features/info/DuringPage')).DuringPage }),
      },
      {
        path: 'over-het-gesprek/na',
        lazy: async () => ({ Component: (await import('../features/info/AfterPage')).AfterPage }),
      },
      {
        path: 'over-het-gesprek/zorgen-en-rechten',
        lazy: async () => ({
          Component: (await import('../features/info/WorriesPage')).WorriesPage,
        }),
      },
      {
        path: 'over-het-gesprek/begrippen',
        lazy: async () => ({
          Component: (await import('../features/info/GlossaryPage')).GlossaryPage,
        }),
      },
      {
        path: 'instellingen',
        lazy: async () => ({
          Component: (await import('../features/settings/SettingsPage')).SettingsPage,
        }),
      },
      {
        path: 'over-deze-app',
        lazy: async () => ({ Component: (await import('../features/about/AboutPage')).AboutPage }),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
