import { WaitingNotice } from './WaitingNotice';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { listDossiers, purgeDeleted } from '../../storage/dossierRepository';
import { clearNewDossierDraft } from '../../storage/newDossierDraft';
import { partsDoneByDossier } from '../../storage/entryRepository';
import { availableParts } from '../../lib/parts';
import { ContinueLink } from './ContinueLink';
import { DossierCard } from './DossierCard';
import { UndoDelete } from './UndoDelete';
import { undoWindowMs } from './undo';

export function DossierListPage() {
  const { t } = useTranslation();
  usePageTitle(t('dossiers.title'));
  const dossiers = useLiveQuery(listDossiers);
  const done = useLiveQuery(() => partsDoneByDossier(availableParts));

  // Dossiers deleted longer ago than the undo window are removed for good. Back on the list, a
  // new dossier that was not made is forgotten, with the name typed for it.
  useEffect(() => {
    clearNewDossierDraft();
    void purgeDeleted(new Date(Date.now() - undoWindowMs)).catch(() => undefined);
  }, []);

  return (
    <div className="prose">
      <PageHeading>{t('dossiers.title')}</PageHeading>
      <UndoDelete />
      <WaitingNotice />
      <p className="lead">{t('dossiers.lead')}</p>
      <ContinueLink />
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
        <>
          <p>
            <Link to="/reservekopie">{t('backup.link')}</Link>
          </p>
          <ul className="card-list" aria-label={t('dossiers.listLabel')}>
            {dossiers.map((d) => (
              <DossierCard
                key={d.id}
                dossier={d}
                partsDone={done?.get(d.id) ?? 0}
                partsTotal={availableParts.length}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
