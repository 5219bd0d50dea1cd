import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { deleteDossier, getDossier } from '../../storage/dossierRepository';

export function DeleteDossierPage() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const dossier = useLiveQuery(async () => (await getDossier(dossierId)) ?? null, [dossierId]);
  const title = dossier ? t('deleteDossier.title', { name: dossier.name }) : t('dossiers.notFound');
  usePageTitle(title, failed);

  if (dossier === undefined) return null;
  if (dossier === null) {
    return (
      <div className="prose">
        <PageHeading>{t('dossiers.notFound')}</PageHeading>
        <p>
          <Link to="/dossiers">{t('dossiers.backToList')}</Link>
        </p>
      </div>
    );
  }

  const confirm = async () => {
    try {
      await deleteDossier(dossier.id);
      void navigate('/dossiers');
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="prose">
      <BackLink to="/dossiers" label={t('dossiers.backToList')} />
      <ErrorSummary errors={failed ? [{ message: t('deleteDossier.failed') }] : []} />
      <PageHeading>{title}</PageHeading>
      <p className="warning-text">{t('deleteDossier.warning')}</p>
      <div className="button-row">
        <button type="button" className="button button--warning" onClick={() => void confirm()}>
          {t('deleteDossier.confirm')}
        </button>
        <Link className="button button--secondary" to="/dossiers">
          {t('deleteDossier.cancel')}
        </Link>
      </div>
    </div>
  );
}
