import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type DataRouter } from 'react-router';
import { createI18n, loadUiLanguage } from '../i18n/i18n';
import { usePreferences } from '../features/settings/preferences';
import { createRouter } from './router';

/** Keeps i18next, <html lang>, the text size and the theme in step with the saved preferences. */
function usePreferencesOnDocument(i18n: ReturnType<typeof createI18n>) {
  const language = usePreferences((s) => s.language);
  const textSize = usePreferences((s) => s.textSize);
  const theme = usePreferences((s) => s.theme);
  useEffect(() => {
    let current = true;
    // changeLanguage always announces a change, which redraws every translated part at once
    // (synchronously): only call it when the language really changed.
    loadUiLanguage(language).then(
      () => {
        if (!current) return;
        if (i18n.language !== language) void i18n.changeLanguage(language);
        document.documentElement.lang = language;
      },
      // Not loaded (offline before the service worker had it): the page stays in its language.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [i18n, language]);
  useEffect(() => {
    document.documentElement.dataset.textSize = String(textSize);
  }, [textSize]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

/** `makeRouter` lets tests use a memory router with the same routes. */
export function App({ makeRouter = createRouter }: { makeRouter?: () => DataRouter }) {
  const [i18n] = useState(() => createI18n(usePreferences.getState().language));
  const [router] = useState(makeRouter);
  usePreferencesOnDocument(i18n);
  // Marks the page as running: the prerendered start page has come to life (e2e waits for it).
  useEffect(() => {
    document.documentElement.dataset.started = 'true';
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>
  );
}
