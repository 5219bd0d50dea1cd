import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { deadlineModel } from '../../domain/deadlineModel';
import { localeOf, type UiLanguage } from '../../i18n/i18n';
import { formatDateLong } from '../../lib/formatDate';
import { todayIso } from '../../lib/today';
import { backupReminderAfter, readBackupState } from '../../storage/backupRepository';
import { useDossierContext } from '../../storage/hooks';
import { backupAdvice } from './backupAdvice';
import { BackupReminder } from './BackupReminder';

/**
 * The date of the last reservekopie of this dossier, in words, with the way to make one; and
 * the quiet reminder when one is due (issue 18, part 3).
 */
export function BackupSection() {
  const { t, i18n } = useTranslation();
  const { dossier, entries } = useDossierContext();
  // Live across tabs: a backup made or an answer changed elsewhere shows here at once.
  const state = useLiveQuery(() => readBackupState(dossier.id), [dossier.id]);
  if (state === undefined) return null;
  const today = todayIso();
  const gesprek = deadlineModel(entries.dates, entries.choices.commissie, today).events.gesprek;
  const advice = backupAdvice(state, gesprek, today, backupReminderAfter);
  const locale = localeOf[i18n.language as UiLanguage];

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>
        {state.at
          ? t('backup.last', { date: formatDateLong(new Date(state.at), locale) })
          : t('backup.never')}
      </p>
      {advice ? (
        <BackupReminder dossierId={dossier.id} advice={advice} hasBackup={!!state.at} />
      ) : (
        <p>
          <Link to="/reservekopie">{t('backup.reminder.link')}</Link>
        </p>
      )}
    </section>
  );
}
