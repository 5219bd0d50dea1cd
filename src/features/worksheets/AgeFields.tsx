import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { useLocalize } from '../../components/useLocalize';
import type { WorksheetItem } from '../../content/schema';
import { ageOn } from '../../domain/progress';
import { parseDate } from '../../domain/dates';
import { todayIso } from '../../lib/today';
import type { WorksheetForm } from './worksheetForm';
import { useWorksheetVoice } from './voice';

interface Props {
  item: WorksheetItem;
  form: UseFormReturn<WorksheetForm>;
  errors: Record<string, string>;
  forSelf: boolean;
}

/** "Leeftijd": the age in years, or a date of birth that gives it; side by side where they fit. */
export function AgeFields({ item, form, errors, forSelf }: Props) {
  const { t } = useTranslation();
  const l = useLocalize();
  const voice = useWorksheetVoice();
  const birth = useWatch({ control: form.control, name: `${item.id}.birth` });
  const iso = birth ? parseDate(birth) : null;
  const age = iso ? ageOn(iso, todayIso()) : null;
  return (
    <fieldset className="fieldset" aria-describedby={`${item.id}-hint`}>
      <legend className="fieldset__legend">{voice.label(item)}</legend>
      <p className="field__hint" id={`${item.id}-hint`}>
        {l(voice.help(item))}
      </p>
      <div className="ws-age">
        <TextField
          id={`${item.id}-text`}
          label={t('plan.ageYears')}
          error={errors[`${item.id}-text`]}
          inputMode="numeric"
          autoComplete="off"
          className="field__input field__input--short"
          {...form.register(`${item.id}.text`)}
        />
        <TextField
          id={`${item.id}-birth`}
          label={t('plan.ageOr')}
          hint={t('plan.birthDateHint')}
          error={errors[`${item.id}-birth`]}
          autoComplete={forSelf ? 'bday' : 'off'}
          className="field__input field__input--medium"
          {...form.register(`${item.id}.birth`)}
        />
      </div>
      {age !== null && <p role="status">{t('plan.ageFromBirth', { age })}</p>}
    </fieldset>
  );
}
