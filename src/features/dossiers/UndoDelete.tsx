import { useState } from 'react';
import { useLocation } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { dossierName } from '../../components/dossierName';
import { getDossier, listDeletedDossiers, restoreDossier } from '../../storage/dossierRepository';
import { useVault } from '../../storage/useVault';
import { isDeletedState } from './undo';

/** The dossier named in the history state, deleted or brought back; undefined once it is gone. */
async function deletedOrBack(id: string) {
  const deleted = (await listDeletedDossiers()).find((d) => d.id === id);
  return deleted ?? (await getDossier(id));
}

/** "Dossier verwijderd. Ongedaan maken": stays until the resident leaves the list. */
export function UndoDelete() {
  const { t } = useTranslation();
  const { state, key } = useLocation();
  const mode = useVault().mode;
  const id = isDeletedState(state) ? state.deletedId : null;
  // Asked again after unlocking; while locked, or once purged, there is nothing to name.
  const dossier = useLiveQuery(
    async () => (id ? ((await deletedOrBack(id).catch(() => undefined)) ?? null) : null),
    [id, mode],
  );
  const [outcome, setOutcome] = useState<{ key: string; result: 'restored' | 'tooLate' } | null>(
    null,
  );
  const result = outcome?.key === key ? outcome.result : null;
  if (!id || (!dossier && result !== 'tooLate')) return null;
  const name = dossier ? dossierName(dossier, t) : '';

  const undo = async () => {
    const ok = await restoreDossier(id).catch(() => false);
    setOutcome({ key, result: ok ? 'restored' : 'tooLate' });
  };

  return (
    <div className="notification" role="status">
      {result === 'restored' ? (
        <p>{t('dossiers.restored', { name })}</p>
      ) : result === 'tooLate' ? (
        <p>{t('dossiers.undoTooLate')}</p>
      ) : (
        <>
          <p>{t('dossiers.deleted', { name })}</p>
          <button type="button" className="button button--secondary" onClick={() => void undo()}>
            {t('dossiers.undo')}
          </button>
        </>
      )}
    </div>
  );
}
