import { useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { restoreDossier } from '../../storage/dossierRepository';
import { isDeletedState } from './undo';

/** "Dossier verwijderd. Ongedaan maken": stays until the resident leaves the list. */
export function UndoDelete() {
  const { t } = useTranslation();
  const { state, key } = useLocation();
  const [outcome, setOutcome] = useState<{ key: string; result: 'restored' | 'tooLate' } | null>(
    null,
  );
  if (!isDeletedState(state)) return null;
  const result = outcome?.key === key ? outcome.result : null;

  const undo = async () => {
    const ok = await restoreDossier(state.deletedId).catch(() => false);
    setOutcome({ key, result: ok ? 'restored' : 'tooLate' });
  };

  return (
    <div className="notification" role="status">
      {result === 'restored' ? (
        <p>{t('dossiers.restored', { name: state.deletedName })}</p>
      ) : result === 'tooLate' ? (
        <p>{t('dossiers.undoTooLate')}</p>
      ) : (
        <>
          <p>{t('dossiers.deleted', { name: state.deletedName })}</p>
          <button type="button" className="button button--secondary" onClick={() => void undo()}>
            {t('dossiers.undo')}
          </button>
        </>
      )}
    </div>
  );
}
