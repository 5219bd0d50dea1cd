import { useEffect, useSyncExternalStore } from 'react';
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

/** Sets the document title; prefixes "Fout: " while the page shows errors (rule 8). */
export function usePageTitle(page: string, hasError = false): void {
  const { t } = useTranslation();
  const formError = useSyncExternalStore(subscribe, anyFormError, anyFormError);
  const error = hasError || formError;
  useEffect(() => {
    const title = t('app.pageTitle', { page });
    document.title = error ? `${t('app.errorTitlePrefix')}${title}` : title;
  }, [page, error, t]);
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
