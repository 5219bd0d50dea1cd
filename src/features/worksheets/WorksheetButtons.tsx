import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The end of every worksheet page: "Opslaan en verder" (Enter in a field does that too), and
 * "Opslaan en naar het overzicht" for when she stops here (GOV.UK's "save and come back later").
 * Both save first; every answer is also saved as she types.
 */
export function WorksheetButtons({
  onOverview,
}: {
  onOverview: (e: MouseEvent<HTMLButtonElement>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="button-row ws-buttons">
      <button type="submit" className="button">
        {t('plan.saveAndContinue')}
      </button>
      <button type="button" className="button button--secondary" onClick={onOverview}>
        {t('plan.saveAndOverview')}
      </button>
    </div>
  );
}
