import { useTranslation } from 'react-i18next';
import { journalReplayFailed } from '../../storage/db';
import { pendingWrites } from '../../storage/pendingWrites';

/**
 * When the app opened, what was typed before could not be stored, because the device is full
 * (issue 16, item 7). It waits in the journal: the pages show it and a backup takes it along.
 * Without a dossier id it counts the changes of every dossier.
 */
export function WaitingNotice({ dossierId }: { dossierId?: string }) {
  const { t } = useTranslation();
  if (!journalReplayFailed()) return null;
  const count = pendingWrites().filter((w) => !dossierId || w.dossierId === dossierId).length;
  if (count === 0) return null;
  return (
    <p className="inset warning-text" role="status">
      {t('save.waiting', { count })}
    </p>
  );
}
