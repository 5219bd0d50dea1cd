import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { StartPage } from './StartPage';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { loadEveryUiLanguage } from '../i18n/i18n';

/** A page that makes a document in Dutch or English, whatever the app's language, needs both. */
async function withEveryLanguage<Module>(page: Promise<Module>): Promise<Module> {
  const [module] = await Promise.all([page, loadEveryUiLanguage()]);
  return module;
}

/** The pages inside one dossier; they get the dossier from DossierShell. */
const dossierRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({
      Component: (await import('../features/overview/DossierOverviewPage')).DossierOverviewPage,
    }),
  },
  {
    path: 'vragen/klaar',
    lazy: async () => ({
      Component: (await import('../features/questions/QuestionsDonePage')).QuestionsDonePage,
    }),
  },
  {
    path: 'vragen/:questionId',
    lazy: async () => ({
      Component: (await import('../features/questions/QuestionPage')).QuestionPage,
    }),
  },
  {
    path: 'vragen/:questionId/uitleg',
    lazy: async () => ({
      Component: (await import('../features/questions/QuestionInfoPage')).QuestionInfoPage,
    }),
  },
  {
    path: 'teruglezen',
    lazy: async () => ({
      Component: (await import('../features/questions/ReviewPage')).ReviewPage,
    }),
  },
  {
    path: 'plan',
    lazy: async () => ({ Component: (await import('../features/worksheets/PlanPage')).PlanPage }),
  },
  {
    path: 'plan/controleren',
    lazy: async () => ({
      Component: (await import('../features/worksheets/CheckPlanPage')).CheckPlanPage,
    }),
  },
  {
    path: 'plan/:worksheetId',
    lazy: async () => ({
      Component: (await import('../features/worksheets/WorksheetPage')).WorksheetPage,
    }),
  },
  {
    path: 'plan/:worksheetId/:itemId',
    lazy: async () => ({
      Component: (await import('../features/worksheets/WorksheetItemPage')).WorksheetItemPage,
    }),
  },
  {
    path: 'data',
    lazy: async () => ({ Component: (await import('../features/deadlines/DatesPage')).DatesPage }),
  },
  {
    path: 'data/tijdlijn',
    lazy: async () => ({
      Component: (await import('../features/deadlines/TimelinePage')).TimelinePage,
    }),
  },
  {
    path: 'pdf',
    lazy: async () => ({
      Component: (await withEveryLanguage(import('../features/export/ExportPage'))).ExportPage,
    }),
  },
  {
    path: 'lijst-afdrukken',
    lazy: async () => ({
      Component: (await import('../features/checklists/PrintableChecklistPage'))
        .PrintableChecklistPage,
    }),
  },
  {
    path: 'pdf/printen',
    lazy: async () => ({
      Component: (await withEveryLanguage(import('../features/export/PlanPrintPage')))
        .PlanPrintPage,
    }),
  },
  {
    path: 'tijdens',
    lazy: async () => {
      const { DossierChecklistPage } = await import('../features/checklists/DossierChecklistPage');
      return { Component: () => <DossierChecklistPage part="tijdens" /> };
    },
  },
  {
    path: 'verslag',
    lazy: async () => ({
      Component: (await import('../features/checklists/VerslagCheckPage')).VerslagCheckPage,
    }),
  },
  {
    path: 'brieven',
    lazy: async () => ({
      Component: (await withEveryLanguage(import('../features/letters/LettersPage'))).LettersPage,
    }),
  },
  {
    path: 'brieven/:letterId',
    lazy: async () => ({
      Component: (await withEveryLanguage(import('../features/letters/LetterPage'))).LetterPage,
    }),
  },
  {
    path: 'gesprek',
    lazy: async () => ({
      Component: (await import('../features/checklists/ConversationPage')).ConversationPage,
    }),
  },
  {
    path: 'na',
    lazy: async () => {
      const { DossierChecklistPage } = await import('../features/checklists/DossierChecklistPage');
      return { Component: () => <DossierChecklistPage part="na" /> };
    },
  },
  { path: '*', Component: NotFoundPage },
];

/** Dutch slugs, one module per page; everything but the start page loads on demand. */
export const routes: RouteObject[] = [
  {
    element: <Layout updatePrompt={<UpdatePrompt />} />,
    errorElement: <RouteError />,
    children: [
      {
        // Errors inside a page keep the header and menu around the message.
        errorElement: <RouteError />,
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
              Component: (await import('../features/dossiers/NewForWhomPage')).NewForWhomPage,
            }),
          },
          {
            path: 'dossiers/nieuw/naam',
            lazy: async () => ({
              Component: (await import('../features/dossiers/NewPersonPage')).NewPersonPage,
            }),
          },
          {
            path: 'dossiers/nieuw/hulp',
            lazy: async () => ({
              Component: (await import('../features/dossiers/NewHelperPage')).NewHelperPage,
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
            path: 'dossiers/:dossierId',
            lazy: async () => ({ Component: (await import('./DossierShell')).DossierShell }),
            children: dossierRoutes,
          },
          {
            path: 'voorbeeld',
            lazy: async () => ({
              Component: (await import('../features/example/ExamplePlanPage')).ExamplePlanPage,
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
            lazy: async () => ({
              Component: (await import('../features/info/DuringPage')).DuringPage,
            }),
          },
          {
            path: 'over-het-gesprek/na',
            lazy: async () => ({
              Component: (await import('../features/info/AfterPage')).AfterPage,
            }),
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
            path: 'reservekopie',
            lazy: async () => ({
              Component: (await import('../features/backup/BackupPage')).BackupPage,
            }),
          },
          {
            path: 'op-beginscherm',
            lazy: async () => ({
              Component: (await import('../features/install/HomeScreenPage')).HomeScreenPage,
            }),
          },
          {
            path: 'vergrendeling',
            lazy: async () => ({
              Component: (await import('../features/lock/LockSettingsPage')).LockSettingsPage,
            }),
          },
          {
            path: 'wis-alles',
            lazy: async () => ({ Component: (await import('../features/wipe/WipePage')).WipePage }),
          },
          {
            path: 'instellingen',
            lazy: async () => ({
              Component: (await import('../features/settings/SettingsPage')).SettingsPage,
            }),
          },
          {
            path: 'toegankelijkheid',
            lazy: async () => ({
              Component: (await import('../features/accessibility/AccessibilityPage'))
                .AccessibilityPage,
            }),
          },
          {
            path: 'over-deze-app',
            lazy: async () => ({
              Component: (await import('../features/about/AboutPage')).AboutPage,
            }),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
