import { useTranslation } from 'react-i18next';
import { SetAsideBox, type SetAsideView } from './SetAsideBox';

export type SaveStatusView = (
  | { state: 'idle' | 'saving' | 'saved' }
  | { state: 'error'; problem: 'quota' | 'unavailable' | 'unknown' }
  | { state: 'error'; problem: 'tooLong'; limit: number }
) & { setAside?: readonly SetAsideView[] | undefined };

/**
 * A quiet, polite status: "Opgeslagen", or what went wrong and what to do. A text too long to
 * store is shown below it, outside the live region, so that it is not read out whole.
 */
export function SaveStatusMessage({ status }: { status: SaveStatusView }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  const text =
    status.state === 'error'
      ? status.problem === 'tooLong'
        ? t('save.tooLong', { limit: number(status.limit) })
        : t(`save.${status.problem}`)
      : status.state === 'saving'
        ? t('save.saving')
        : status.state === 'saved'
          ? t('save.saved')
          : '';
  return (
    <>
      <p className={`save-status save-status--${status.state}`} role="status" aria-live="polite">
        {text}
      </p>
      {status.setAside?.map((item) => (
        <SetAsideBox key={item.id} item={item} />
      ))}
    </>
  );
}
