import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierName } from '../../components/dossierName';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { deleteDossier } from '../../storage/dossierRepository';
import { useDossier } from '../../storage/hooks';
import { DossierMissing } from './DossierMissing';
import type { DeletedState } from './undo';

export function DeleteDossierPage() {
  const { dossierId = '' } = useParams();
  const dossier = useDossier(dossierId);
  if (dossier === undefined) return null;
  if (dossier === null) return <DossierMissing />;
  return <ConfirmDelete id={dossier.id} name={dossier} />;
}

function ConfirmDelete({
  id,
  name: named,
}: {
  id: string;
  name: Parameters<typeof dossierName>[0];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const name = dossierName(named, t);
  const title = t('deleteDossier.title', { name });
  // The browser keeps titles in its history: the page is named, the dossier is not (issue 16).
  usePageTitle(t('deleteDossier.pageTitle'), failed);

  const confirm = async () => {
    try {
      await deleteDossier(id);
      const state: DeletedState = { deletedId: id };
      void navigate('/dossiers', { state });
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
