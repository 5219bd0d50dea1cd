import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { dossierName } from '../../components/dossierName';
import { Radios } from '../../components/Radios';
import { downloadBlob } from '../../lib/downloadBlob';
import { todayIso } from '../../lib/today';
import { makeBackup } from '../../storage/backup';
import { collectBackup } from '../../storage/backupRepository';
import { listDossiers } from '../../storage/dossierRepository';

/** "Maak een reservekopie": all dossiers, or one, to a single .aantafel.json file. */
export function MakeBackup() {
  const { t } = useTranslation();
  const dossiers = useLiveQuery(listDossiers);
  const [which, setWhich] = useState('all');
  const [status, setStatus] = useState<'idle' | 'made' | 'failed'>('idle');

  const make = async () => {
    try {
      const chosen = which === 'all' ? undefined : [which];
      const text = makeBackup(await collectBackup(chosen), __APP_VERSION__, new Date());
      downloadBlob(
        new Blob([text], { type: 'application/json' }),
        `aan-tafel-reservekopie-${todayIso()}.aantafel.json`,
      );
      setStatus('made');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <section aria-labelledby="make-title">
      <h2 id="make-title">{t('backup.makeTitle')}</h2>
      {dossiers && dossiers.length === 0 ? (
        <p>{t('backup.none')}</p>
      ) : (
        <>
          <Radios
            name="welke"
            legend={t('backup.whichLegend')}
            options={[
              { value: 'all', label: t('backup.all') },
              ...(dossiers ?? []).map((d) => ({ value: d.id, label: dossierName(d, t) })),
            ]}
            value={which}
            onChange={setWhich}
          />
          <p className="warning-text">{t('backup.privacy')}</p>
          <button type="button" className="button" onClick={() => void make()}>
            {t('backup.download')}
          </button>
        </>
      )}
      <p
        role="status"
        className={status === 'failed' ? 'status-message status-message--error' : 'status-message'}
      >
        {status === 'made' ? t('backup.made') : status === 'failed' ? t('backup.makeFailed') : ''}
      </p>
    </section>
  );
}
