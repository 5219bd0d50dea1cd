import { Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { usePageTitle } from '../components/usePageTitle';
import { problemOf } from '../storage/problems';

/**
 * When a page cannot load, say so calmly instead of a blank screen. A storage that cannot be
 * used (private mode, no IndexedDB) gets its own message with what to do.
 */
export function RouteError() {
  const error = useRouteError();
  return <ErrorMessage storage={problemOf(error) === 'unavailable'} />;
}

/** Shown instead of pages that need storage, when this browser cannot store anything. */
export function StorageUnavailable() {
  return <ErrorMessage storage />;
}

function ErrorMessage({ storage }: { storage: boolean }) {
  const { t } = useTranslation();
  usePageTitle(t('routeError.title'));
  return (
    <div className="prose">
      <PageHeading>{t('routeError.title')}</PageHeading>
      <p className="lead" role="alert">
        {storage ? t('routeError.storage') : t('routeError.text')}
      </p>
      <p className="button-row">
        <a className="button" href={window.location.pathname}>
          {t('routeError.reload')}
        </a>
        <Link className="button button--secondary" to="/">
          {t('routeError.home')}
        </Link>
      </p>
    </div>
  );
}
