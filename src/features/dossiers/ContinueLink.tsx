import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { dossierName } from '../../components/dossierName';
import { lastDossier } from '../../storage/dossierRepository';
import { useVault } from '../../storage/useVault';

/** "Verder waar je was": straight back to the last page of the last dossier. */
export function ContinueLink() {
  const { t } = useTranslation();
  const mode = useVault().mode;
  // Asked again when the app is unlocked; while locked it shows nothing.
  const last = useLiveQuery(() => lastDossier().catch(() => undefined), [mode]);
  if (!last?.lastPath) return null;
  return (
    <div className="inset continue">
      <h2 className="continue__title">{t('dossiers.continueTitle')}</h2>
      <Link className="button" to={last.lastPath}>
        {t('dossiers.continueLink', { name: dossierName(last, t) })}
      </Link>
    </div>
  );
}
