import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  askPersistentStorage,
  storageHealth,
  type StorageHealth,
} from '../../storage/storageHealth';

function formatSize(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  const step = Math.min(units.length - 1, Math.floor(Math.log10(Math.max(bytes, 1)) / 3));
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[step],
    unitDisplay: 'short',
    maximumFractionDigits: step === 0 ? 0 : 1,
  }).format(bytes / 1000 ** step);
}

/** Under instellingen: how much space the app uses, and whether the browser keeps it for good. */
export function StorageHealthSection() {
  const { t, i18n } = useTranslation();
  const [health, setHealth] = useState<StorageHealth | null>(null);
  const [asked, setAsked] = useState<boolean | null>(null);
  useEffect(() => {
    void storageHealth().then(setHealth);
  }, [asked]);

  const ask = async () => setAsked((await askPersistentStorage()) === true);

  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storageHealth.title')}</h2>
      {health && (
        <>
          <p>
            {health.usedBytes === null
              ? t('storageHealth.usedUnknown')
              : t('storageHealth.used', { size: formatSize(health.usedBytes, i18n.language) })}
          </p>
          <p>{health.persisted ? t('storageHealth.persisted') : t('storageHealth.notPersisted')}</p>
          {!health.persisted && asked === null && (
            <button type="button" className="button button--secondary" onClick={() => void ask()}>
              {t('storageHealth.ask')}
            </button>
          )}
        </>
      )}
      <p>{t('storageHealth.homeScreen')}</p>
      <p>
        <Link to="/op-beginscherm">{t('install.ios.stepsLink')}</Link>
      </p>
      <p role="status" className="status-message">
        {asked === true
          ? t('storageHealth.granted')
          : asked === false
            ? t('storageHealth.denied')
            : ''}
      </p>
    </section>
  );
}
