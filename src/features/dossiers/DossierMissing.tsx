import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';

export function DossierMissing() {
  const { t } = useTranslation();
  usePageTitle(t('dossiers.notFound'));
  return (
    <div className="prose">
      <PageHeading>{t('dossiers.notFound')}</PageHeading>
      <p>
        <Link to="/dossiers">{t('dossiers.backToList')}</Link>
      </p>
    </div>
  );
}
