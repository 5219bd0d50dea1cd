import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CheckItem } from '../../components/CheckItem';
import { dossierName } from '../../components/dossierName';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NewPassphraseFields, passphraseErrors } from '../../components/NewPassphraseFields';
import { newPassphraseForm, type NewPassphraseForm } from '../../components/passphraseForm';
import { Radios } from '../../components/Radios';
import { useErrorInTitle } from '../../components/usePageTitle';
import { downloadBlob } from '../../lib/downloadBlob';
import { todayIso } from '../../lib/today';
import { makeBackup } from '../../storage/backup';
import { encryptBackup } from '../../storage/backupCrypto';
import { collectBackup, noteBackupMade } from '../../storage/backupRepository';
import { listDossiers } from '../../storage/dossierRepository';
import { StatusMessage } from '../../components/StatusMessage';

type Status = 'idle' | 'busy' | 'made' | 'failed';

/** "Maak een reservekopie": all dossiers, or one, to a single .aantafel.json file. */
export function MakeBackup() {
  const { t } = useTranslation();
  const dossiers = useLiveQuery(listDossiers);
  const [which, setWhich] = useState('all');
  const [locked, setLocked] = useState(false);
  const [status, setStatus] = useState<Status>('idle');
  const form = useForm<NewPassphraseForm>({
    resolver: zodResolver(newPassphraseForm),
    defaultValues: { passphrase: '', repeat: '' },
    // The error summary takes focus (GOV.UK); its links lead to the fields.
    shouldFocusError: false,
  });
  const errors = locked ? passphraseErrors(form.formState.errors, t, 'backup') : [];
  useErrorInTitle(errors.length > 0);

  const make = async (passphrase?: string) => {
    setStatus('busy');
    try {
      const chosen = which === 'all' ? undefined : [which];
      const collected = await collectBackup(chosen);
      const plain = makeBackup(collected, __APP_VERSION__, new Date());
      const text = passphrase === undefined ? plain : await encryptBackup(plain, passphrase);
      downloadBlob(
        new Blob([text], { type: 'application/json' }),
        `aan-tafel-reservekopie-${todayIso()}.aantafel.json`,
      );
      await noteBackupMade(collected.map((d) => d.dossier.id)).catch(() => undefined);
      setStatus('made');
    } catch {
      setStatus('failed');
    }
  };
  const onSubmit = locked ? form.handleSubmit((values) => make(values.passphrase)) : () => make();

  return (
    <section aria-labelledby="make-title">
      <h2 id="make-title">{t('backup.makeTitle')}</h2>
      {dossiers && dossiers.length === 0 ? (
        <p>{t('backup.none')}</p>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void onSubmit(e);
          }}
        >
          <ErrorSummary errors={errors} />
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
          <CheckItem id="backup-lock" checked={locked} onChange={setLocked}>
            {t('backup.lockLabel')}
          </CheckItem>
          {locked ? (
            <div className="conditional">
              <p>{t('backup.lockHint')}</p>
              <NewPassphraseFields idPrefix="backup" register={form.register} errors={errors} />
            </div>
          ) : (
            <p className="warning-text">{t('backup.privacy')}</p>
          )}
          <button type="submit" className="button" disabled={status === 'busy'}>
            {t('backup.download')}
          </button>
        </form>
      )}
      <StatusMessage error={status === 'failed'}>
        {status === 'idle' ? '' : t(`backup.status.${status}`)}
      </StatusMessage>
    </section>
  );
}
