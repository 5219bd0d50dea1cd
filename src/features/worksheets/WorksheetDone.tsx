import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Worksheet } from '../../content/schema';
import type { DoneMark } from '../../domain/progress';
import { useDossierContext, useEntryState } from '../../storage/hooks';
import { donePart, worksheetStatus } from './worksheetStatus';

/**
 * "Dit werkblad is klaar": the resident can always say she is done, also with empty items
 * (issue 17, item 4). The box shows the status the plan page shows: ticked when the worksheet
 * counts as klaar, also when that follows from what she filled in.
 */
export function WorksheetDone({ worksheet }: { worksheet: Worksheet }) {
  const { t } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const part = donePart(worksheet.id);
  const stored = entries.parts[part];
  const [value, setValue] = useEntryState(dossier.id, `part:${part}`, stored, 'bezig');
  const [touched, setTouched] = useState(false);
  const mark: DoneMark = stored === undefined && !touched ? undefined : value;
  const { progress, empty } = worksheetStatus(worksheet, entries, mark);
  const id = `${worksheet.id}-done`;
  const hint = [empty > 0 ? t('plan.emptyCount', { count: empty }) : '', t('plan.done.hint')]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="worksheet-done">
      <div className="check-item">
        <input
          type="checkbox"
          id={id}
          checked={progress === 'klaar'}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setTouched(true);
            setValue(e.target.checked ? 'klaar' : 'bezig');
          }}
        />
        <label htmlFor={id}>{t('plan.done.label')}</label>
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
