import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { usePageTitle } from '../../components/usePageTitle';
import { NewPassphraseFields, passphraseErrors } from '../../components/NewPassphraseFields';
import { newPassphraseForm, type NewPassphraseForm } from '../../components/passphraseForm';
import { idleChoices, turnOnLock } from '../../storage/lock';
import { IdleRadios } from './IdleRadios';

/** Turning the lock on: the honest warning, a backup first, then the passphrase twice. */
export function TurnOnLock() {
  const { t } = useTranslation();
  const [idle, setIdle] = useState<number>(idleChoices[1]);
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const form = useForm<NewPassphraseForm>({
    resolver: zodResolver(newPassphraseForm),
    defaultValues: { passphrase: '', repeat: '' },
    // The error summary takes focus (GOV.UK); its links lead to the fields.
    shouldFocusError: false,
  });
  const errors = [
    ...passphraseErrors(form.formState.errors, t, 'lock'),
    ...(status === 'failed' ? [{ message: t('lock.failed') }] : []),
  ];
  usePageTitle(t('lock.title'), errors.length > 0);
  const onSubmit = form.handleSubmit(async ({ passphrase }) => {
    setStatus('busy');
    try {
      await turnOnLock(passphrase, idle);
    } catch {
      setStatus('failed');
    }
  });

  return (
    <>
      <p className="lead">{t('lock.lead')}</p>
      <p>{t('lock.how')}</p>
      <div className="warning-text">
        <h2>{t('lock.warningTitle')}</h2>
        <p>{t('lock.warning')}</p>
        <p>
          <Link to="/reservekopie">{t('lock.backupFirst')}</Link>
        </p>
      </div>
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <ErrorSummary errors={errors} />
        <NewPassphraseFields idPrefix="lock" register={form.register} errors={errors} />
        <IdleRadios value={idle} onChange={setIdle} />
        <button type="submit" className="button" disabled={status === 'busy'}>
          {t('lock.turnOn')}
        </button>
        <p role="status" className="status-message">
          {status === 'busy' ? t('lock.busy') : ''}
        </p>
      </form>
    </>
  );
}
