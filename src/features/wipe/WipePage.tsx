import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CheckItem } from '../../components/CheckItem';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldError } from '../../components/FieldError';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { clearOfflineFiles } from '../../pwa/clearOffline';
import { countDossiers } from '../../storage/dossierRepository';
import { clearNewDossierDraft } from '../../storage/newDossierDraft';
import { wipeStoredData } from '../../storage/wipe';
import { WipeLimits } from './WipeLimits';
import { useWipedElsewhere } from './useWipedElsewhere';

type Status = 'ask' | 'unconfirmed' | 'busy' | 'done' | 'failed';

/** "Wis alles op dit apparaat": says what will be lost, asks for a tick, then removes it all. */
export function WipePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('ask');
  const [confirmed, setConfirmed] = useState(false);
  // Counted without opening anything, so this works while the app is locked.
  const count = useLiveQuery(() => (status === 'ask' ? countDossiers() : 0), [status]);
  // Wiped in another tab: this tab was loaded anew and says why.
  const elsewhere = useWipedElsewhere();
  const done = status === 'done' || elsewhere;
  usePageTitle(done ? t('wipe.doneTitle') : t('wipe.title'), status === 'unconfirmed');

  const wipe = async () => {
    if (!confirmed) return setStatus('unconfirmed');
    setStatus('busy');
    // A name typed in the new-dossier steps lives in this tab's memory only.
    clearNewDossierDraft();
    try {
      await wipeStoredData();
      await clearOfflineFiles();
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  };

  if (done) {
    return (
      <div className="prose">
        <PageHeading>{t('wipe.doneTitle')}</PageHeading>
        <p className="lead">{elsewhere ? t('wipe.doneElsewhere') : t('wipe.done')}</p>
        <p>{t('wipe.doneHistory')}</p>
        {/* A full load starts the app fresh, with new offline files. */}
        <a className="button" href="/">
          {t('wipe.startAgain')}
        </a>
      </div>
    );
  }

  const errors = [
    ...(status === 'unconfirmed'
      ? [{ fieldId: 'wipe-confirm', message: t('wipe.confirmError') }]
      : []),
    ...(status === 'failed' ? [{ message: t('wipe.failed') }] : []),
  ];
  return (
    <div className="prose">
      <ErrorSummary errors={errors} />
      <PageHeading>{t('wipe.title')}</PageHeading>
      <p className="lead">{t('wipe.lead')}</p>
      <h2>{t('wipe.lostTitle')}</h2>
      <ul>
        {!!count && <li>{t('wipe.dossiers', { count })}</li>}
        <li>{t('wipe.settings')}</li>
        <li>{t('wipe.lock')}</li>
        <li>{t('wipe.offline')}</li>
      </ul>
      <p>
        {t('wipe.advice')} <Link to="/reservekopie">{t('backup.reminder.link')}</Link>
      </p>
      <WipeLimits />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void wipe();
        }}
      >
        <div className={status === 'unconfirmed' ? 'field field--error' : 'field'}>
          <FieldError
            id="wipe-confirm-error"
            message={status === 'unconfirmed' ? t('wipe.confirmError') : undefined}
          />
          <CheckItem id="wipe-confirm" checked={confirmed} onChange={setConfirmed}>
            {t('wipe.confirm')}
          </CheckItem>
        </div>
        <button type="submit" className="button button--warning" disabled={status === 'busy'}>
          {t('wipe.button')}
        </button>
        <p role="status" className="status-message">
          {status === 'busy' ? t('wipe.busy') : ''}
        </p>
      </form>
    </div>
  );
}
