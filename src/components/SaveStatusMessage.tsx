import { useTranslation } from 'react-i18next';

export type SaveStatusView =
  | { state: 'idle' | 'saving' | 'saved' }
  | { state: 'error'; problem: 'quota' | 'unavailable' | 'unknown' };

/** A quiet, polite status: "Opgeslagen", or what went wrong and what to do. */
export function SaveStatusMessage({ status }: { status: SaveStatusView }) {
  const { t } = useTranslation();
  const text =
    status.state === 'error'
      ? t(`save.${status.problem}`)
      : status.state === 'saving'
        ? t('save.saving')
        : status.state === 'saved'
          ? t('save.saved')
          : '';
  return (
    <p className={`save-status save-status--${status.state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
