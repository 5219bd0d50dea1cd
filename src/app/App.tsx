import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type DataRouter } from 'react-router';
import { createI18n } from '../i18n/i18n';
import { usePreferences } from '../features/settings/preferences';
import { createRouter } from './router';
import { loadLock, watchLock } from '../storage/lock';
import { setVaultState } from '../storage/vault';

/** Keeps i18next, <html lang> and the text size in step with the saved preferences. */
function usePreferencesOnDocument(i18n: ReturnType<typeof createI18n>) {
  const language = usePreferences((s) => s.language);
  const textSize = usePreferences((s) => s.textSize);
  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useEffect(() => {
    document.documentElement.dataset.textSize = String(textSize);
  }, [textSize]);
}

/** Reads the lock state before any page shows personal data, and follows other tabs. */
function useLockState(): void {
  useEffect(() => {
    // Storage that cannot open (private mode) means no lock either; pages say what is wrong.
    void loadLock().catch(() => setVaultState({ mode: 'off' }));
    return watchLock();
  }, []);
}

/** `makeRouter` lets tests use a memory router with the same routes. */
export function App({ makeRouter = createRouter }: { makeRouter?: () => DataRouter }) {
  const [i18n] = useState(() => createI18n(usePreferences.getState().language));
  const [router] = useState(makeRouter);
  usePreferencesOnDocument(i18n);
  useLockState();
  return (
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>
  );
}
