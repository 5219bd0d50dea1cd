import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title; prefixes "Fout: " while the page shows errors (rule 8). */
export function usePageTitle(page: string, hasError = false): void {
  const { t } = useTranslation();
  useEffect(() => {
    const title = t('app.pageTitle', { page });
    document.title = hasError ? `${t('app.errorTitlePrefix')}${title}` : title;
  }, [page, hasError, t]);
}
