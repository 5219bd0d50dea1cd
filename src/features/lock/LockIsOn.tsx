import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { usePageTitle } from '../../components/usePageTitle';
import { lockNow, setIdleMinutes, turnOffLock, WrongPassphraseError } from '../../storage/lock';
import { IdleRadios } from './IdleRadios';
import { PassphraseField, usePassphraseMessage, type PassphraseProblem } from './passphraseField';

/** With the lock on: lock now, change the idle time, or turn the lock off with the passphrase. */
export function LockIsOn({ idleMinutes }: { idleMinutes: number }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<PassphraseProblem>(null);
  const [status, setStatus] = useState<'idle' | 'saved' | 'busy'>('idle');
  const message = usePassphraseMessage(problem);
  usePageTitle(t('lock.title'), message !== undefined);

  const turnOff = async () => {
    if (!passphrase) return setProblem('required');
    setStatus('busy');
    try {
      await turnOffLock(passphrase);
    } catch (error) {
      setProblem(error instanceof WrongPassphraseError ? 'wrong' : 'failed');
      setStatus('idle');
    }
  };
  const chooseIdle = (minutes: number) => {
    void setIdleMinutes(minutes).then(() => setStatus('saved'));
  };

  return (
    <>
      <ErrorSummary errors={message ? [{ fieldId: 'lock-off-passphrase', message }] : []} />
      <p className="lead">{t('lock.isOn')}</p>
      <p>{t('lock.lockNowHint')}</p>
      <button type="button" className="button" onClick={() => void lockNow()}>
        {t('lock.lockNow')}
      </button>
      <IdleRadios value={idleMinutes} onChange={chooseIdle} />
      <h2>{t('lock.offTitle')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void turnOff();
        }}
      >
        <p>{t('lock.offHint')}</p>
        <PassphraseField
          id="lock-off-passphrase"
          error={message}
          value={passphrase}
          onChange={setPassphrase}
        />
        <button type="submit" className="button button--secondary" disabled={status === 'busy'}>
          {t('lock.turnOff')}
        </button>
      </form>
      <p role="status" className="status-message">
        {status === 'busy' ? t('lock.busy') : status === 'saved' ? t('lock.idleSaved') : ''}
      </p>
    </>
  );
}
