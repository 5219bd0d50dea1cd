import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';

/** An encrypted backup: ask for its passphrase, and say so plainly when it does not fit. */
export function FilePassphrase({
  wrong,
  onOpen,
}: {
  wrong: boolean;
  onOpen: (passphrase: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);
  const error = empty
    ? t('backup.errors.needs-passphrase')
    : wrong && !busy
      ? t('backup.errors.wrong-passphrase')
      : undefined;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setEmpty(passphrase === '');
        if (passphrase === '') return;
        setBusy(true);
        void onOpen(passphrase).finally(() => setBusy(false));
      }}
    >
      <p>{t('backup.lockedFile')}</p>
      <TextField
        id="backup-file-passphrase"
        type="password"
        label={t('backup.passphraseLabel')}
        error={error}
        autoComplete="off"
        spellCheck={false}
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <button type="submit" className="button" disabled={busy}>
        {t('backup.open')}
      </button>
      <p role="status" className="status-message">
        {busy ? t('lock.unlocking') : ''}
      </p>
    </form>
  );
}
