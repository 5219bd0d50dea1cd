import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { listDossiers } from '../../storage/dossierRepository';
import { DossierCard } from './DossierCard';

export function DossierListPage() {
  const { t } = useTranslation();
  usePageTitle(t('dossiers.title'));
  const dossiers = useLiveQuery(listDossiers);

  return (
    <div className="prose">
      <PageHeading>{t('dossiers.title')}</PageHeading>
      <p className="lead">{t('dossiers.lead')}</p>
      <Link to="/dossiers/nieuw" className="button">
        {t('dossiers.new')}
      </Link>
      {dossiers === undefined ? (
        <p role="status">{t('dossiers.loading')}</p>
      ) : dossiers.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>{t('dossiers.empty')}</strong>
          </p>
          <p>{t('dossiers.emptyHint')}</p>
        </div>
      ) : (
        <ul className="card-list" aria-label={t('dossiers.listLabel')}>
          {dossiers.map((d) => (
            <DossierCard key={d.id} dossier={d} />
          ))}
        </ul>
      )}
    </div>
  );
}
