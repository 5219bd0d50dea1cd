import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';
import { usePageTitle } from './usePageTitle';

/** For an address inside the app that points at nothing (an old link, a typo). */
export function NotFoundMessage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="prose">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
