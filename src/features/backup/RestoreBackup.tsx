import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dossierName } from '../../components/dossierName';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { useErrorInTitle } from '../../components/usePageTitle';
import { backupMaxBytes, type Backup } from '../../storage/backup';
import { readAnyBackup } from '../../storage/backupCrypto';
import { FilePassphrase } from './FilePassphrase';
import { existingIds, importBackup, type ImportChoice } from '../../storage/backupRepository';
import { dossierNameMax } from '../../storage/records';

type State =
  | { step: 'choose' }
  | { step: 'passphrase'; text: string; wrong: boolean }
  | { step: 'review'; backup: Backup; clashes: string[] }
  | { step: 'done'; count: number }
  | { step: 'error'; message: string };

/** "Zet terug": checks the whole file first, asks per dossier that exists, then writes all or nothing. */
export function RestoreBackup() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ step: 'choose' });
  const [choices, setChoices] = useState<Record<string, ImportChoice>>({});
  useErrorInTitle(state.step === 'error');

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Far too large files are refused before reading; readAnyBackup checks the exact limits.
    if (file.size > 2 * backupMaxBytes)
      return setState({ step: 'error', message: t('backup.errors.too-large') });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setState({ step: 'error', message: t('backup.errors.read') });
    }
    await open(text);
  };

  /** Checks the file (opened with the passphrase, when it has one) before anything is written. */
  const open = async (text: string, passphrase?: string) => {
    const read = await readAnyBackup(text, passphrase);
    if (!read.ok && read.error.code === 'needs-passphrase')
      return setState({ step: 'passphrase', text, wrong: false });
    if (!read.ok && read.error.code === 'wrong-passphrase')
      return setState({ step: 'passphrase', text, wrong: true });
    if (!read.ok)
      return setState({ step: 'error', message: t(`backup.errors.${read.error.code}`) });
    setChoices({});
    setState({ step: 'review', backup: read.backup, clashes: await existingIds(read.backup) });
  };

  const restore = async (backup: Backup) => {
    try {
      const ids = await importBackup(backup, choices, (d) =>
        t('backup.copySuffix', { name: dossierName(d, t) }).slice(0, dossierNameMax),
      );
      setState({ step: 'done', count: ids.length });
    } catch {
      setState({ step: 'error', message: t('backup.errors.import') });
    }
  };

  return (
    <section aria-labelledby="restore-title">
      <h2 id="restore-title">{t('backup.restoreTitle')}</h2>
      {state.step === 'error' && (
        <ErrorSummary errors={[{ fieldId: 'backup-file', message: state.message }]} />
      )}
      <div className="field">
        <label className="field__label" htmlFor="backup-file">
          {t('backup.fileLabel')}
        </label>
        <p className="field__hint" id="backup-file-hint">
          {t('backup.fileHint')}
        </p>
        <input
          id="backup-file"
          type="file"
          accept=".json,application/json"
          className="field__input"
          aria-describedby="backup-file-hint"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {state.step === 'passphrase' && (
        <FilePassphrase wrong={state.wrong} onOpen={(passphrase) => open(state.text, passphrase)} />
      )}
      {state.step === 'review' && (
        <div>
          <p>{t('backup.found', { count: state.backup.dossiers.length })}</p>
          <ul className="card-list">
            {state.backup.dossiers.map(({ dossier }) => (
              <li key={dossier.id} className="card">
                <h3 className="card__title">{dossierName(dossier, t)}</h3>
                {state.clashes.includes(dossier.id) && (
                  <Radios<ImportChoice>
                    name={`keuze-${dossier.id}`}
                    legend={t('backup.exists')}
                    options={[
                      { value: 'copy', label: t('backup.asCopy') },
                      { value: 'replace', label: t('backup.replace') },
                    ]}
                    value={choices[dossier.id] ?? 'copy'}
                    onChange={(v) => setChoices((c) => ({ ...c, [dossier.id]: v }))}
                  />
                )}
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => void restore(state.backup)}>
            {t('backup.restore')}
          </button>
        </div>
      )}
      <p role="status" className="status-message">
        {state.step === 'done' ? t('backup.restored', { count: state.count }) : ''}
      </p>
    </section>
  );
}
