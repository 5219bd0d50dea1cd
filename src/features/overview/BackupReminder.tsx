import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  backupReminderAfter,
  changesSinceBackup,
  dismissBackupReminder,
} from '../../storage/backupRepository';

/**
 * A quiet note, not an alert: shown only after many changes since the last backup (or the last
 * "Niet nu"), and gone for as long again after either.
 */
export function BackupReminder({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const changes = useLiveQuery(() => changesSinceBackup(dossierId), [dossierId]);
  if (changes === undefined || changes < backupReminderAfter) return null;
  return (
    <aside className="quiet-note" aria-labelledby="backup-reminder">
      <p id="backup-reminder">{t('backup.reminder.text')}</p>
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
