import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dismissBackupReminder } from '../../storage/backupRepository';
import type { BackupAdvice } from './backupAdvice';

/**
 * A quiet note, not an alert: before the gesprek, after a part is done, or after many changes
 * since the last backup (backupAdvice.ts). "Niet nu" puts it away until something changes again.
 */
export function BackupReminder({
  dossierId,
  advice,
  hasBackup,
}: {
  dossierId: string;
  advice: Exclude<BackupAdvice, null>;
  hasBackup: boolean;
}) {
  const { t } = useTranslation();
  const text =
    advice === 'gesprek'
      ? t('backup.reminder.gesprek')
      : advice === 'part'
        ? t('backup.reminder.part')
        : hasBackup
          ? t('backup.reminder.text')
          : t('backup.reminder.textNoBackup');
  return (
    <aside className="quiet-note" aria-labelledby="backup-reminder">
      <p id="backup-reminder">{text}</p>
      <p className="button-row">
        <Link to="/reservekopie">{t('backup.reminder.link')}</Link>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void dismissBackupReminder(dossierId)}
        >
          {t('backup.reminder.later')}
        </button>
      </p>
    </aside>
  );
}
