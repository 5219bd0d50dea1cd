import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { unlock, WrongPassphraseError } from '../../storage/lock';
import { PassphraseField, usePassphraseMessage, type PassphraseProblem } from './passphraseField';

/** Shown instead of any page with personal data while the app is locked. */
export function UnlockPage() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<PassphraseProblem>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('lock.unlockTitle'), problem !== null);
  const message = usePassphraseMessage(problem);

  const submit = async () => {
    if (!passphrase) return setProblem('required');
    setBusy(true);
    try {
      await unlock(passphrase);
    } catch (error) {
      setProblem(error instanceof WrongPassphraseError ? 'wrong' : 'failed');
      setBusy(false);
    }
  };

  return (
    <div className="prose">
      <ErrorSummary errors={message ? [{ fieldId: 'unlock-passphrase', message }] : []} />
      <PageHeading>{t('lock.unlockTitle')}</PageHeading>
      <p className="lead">{t('lock.unlockLead')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <PassphraseField
          id="unlock-passphrase"
          error={message}
          value={passphrase}
          onChange={setPassphrase}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('lock.unlock')}
        </button>
        <p role="status" className="status-message">
          {busy ? t('lock.unlocking') : ''}
        </p>
      </form>
      <h2>{t('lock.forgotTitle')}</h2>
      <p>{t('lock.forgot')}</p>
      <p>
        <Link to="/wis-alles">{t('wipe.link')}</Link>
      </p>
    </div>
  );
}
