import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { MakeBackup } from './MakeBackup';
import { RestoreBackup } from './RestoreBackup';

export function BackupPage() {
  const { t } = useTranslation();
  usePageTitle(t('backup.title'));
  const steps = t('backup.moveSteps', { returnObjects: true });
  return (
    <div className="prose">
      <BackLink to="/dossiers" label={t('dossiers.backToList')} />
      <PageHeading>{t('backup.title')}</PageHeading>
      <p className="lead">{t('backup.lead')}</p>
      <MakeBackup />
      <RestoreBackup />
      <section aria-labelledby="move-title">
        <h2 id="move-title">{t('backup.moveTitle')}</h2>
        <ol>
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
