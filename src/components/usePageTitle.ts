import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

/*
 * A form inside a page (such as "Ben je klaar met dit deel?") can show errors the page itself does
 * not know about. It reports them with useErrorInTitle, and the page title follows.
 */
const formsWithErrors = new Set<symbol>();
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const anyFormError = () => formsWithErrors.size > 0;

/** At build time, the prerender (src/prerender) learns each page's title through this. */
export const PageTitleCollector = createContext<((title: string) => void) | null>(null);

/** Sets the document title; prefixes "Fout: " while the page shows errors (rule 8). */
export function usePageTitle(page: string, hasError = false): void {
  const { t } = useTranslation();
  const formError = useSyncExternalStore(subscribe, anyFormError, anyFormError);
  const error = hasError || formError;
  const title = t('app.pageTitle', { page });
  useContext(PageTitleCollector)?.(title);
  useEffect(() => {
    document.title = error ? `${t('app.errorTitlePrefix')}${title}` : title;
  }, [title, error, t]);
}

/** For a form within a page: puts "Fout: " before the page title while it shows errors. */
export function useErrorInTitle(hasError: boolean): void {
  useEffect(() => {
    if (!hasError) return;
    const key = Symbol('form error');
    formsWithErrors.add(key);
    listeners.forEach((l) => l());
    return () => {
      formsWithErrors.delete(key);
      listeners.forEach((l) => l());
    };
  }, [hasError]);
}
