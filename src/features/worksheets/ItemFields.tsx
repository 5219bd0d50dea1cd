import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ContentText } from '../../components/ContentText';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useLocalize } from '../../components/useLocalize';
import type { WorksheetItem } from '../../content/schema';
import { ageOn } from '../../domain/progress';
import { parseDate } from '../../domain/dates';
import type { WorksheetForm } from './worksheetForm';
import { ExampleAnswer } from './ExampleAnswer';
import { useWorksheetVoice } from './voice';
import { todayIso } from '../../lib/today';

interface Props {
  item: WorksheetItem;
  form: UseFormReturn<WorksheetForm>;
  errors: Record<string, string>;
  /** On a page with one item, its label is the page's <h1>. */
  asPageHeading?: boolean;
  /** The personal fields get autocomplete tokens only when the plan is about the resident. */
  forSelf: boolean;
  /** Changed here and in another tab (issue 16, item 6): the way to take the other version. */
  onTakeOther?: (() => void) | undefined;
}

/** One "denken aan" item: its field, its help, and the choice to keep it private. */
export function ItemFields({ item, form, errors, forSelf, onTakeOther }: Props) {
  const { t } = useTranslation();
  const l = useLocalize();
  const voice = useWorksheetVoice();
  const value = useWatch({ control: form.control, name: item.id });
  const field = item.field;
  const label = voice.label(item);
  const hint = <ContentText text={voice.help(item)} />;
  const textId = `${item.id}-text`;
  const autoComplete =
    forSelf && 'autocomplete' in field && field.autocomplete ? field.autocomplete : 'off';

  return (
    <div className="ws-item" id={item.id}>
      {onTakeOther && (
        <div className="inset warning-text" role="status">
          <p>{t('plan.changedElsewhere')}</p>
          <button type="button" className="button button--secondary" onClick={onTakeOther}>
            {t('plan.takeOther')}
          </button>
        </div>
      )}
      {field.type === 'textarea' && (
        <TextAreaField
          id={textId}
          label={label}
          hint={hint}
          error={errors[textId]}
          maxLength={field.maxLength}
          length={value?.text.length ?? 0}
          autoComplete={autoComplete}
          {...form.register(`${item.id}.text`)}
        />
      )}
      {field.type === 'text' && (
        <TextField
          id={textId}
          label={label}
          hint={l(voice.help(item))}
          error={errors[textId]}
          maxLength={field.maxLength}
          length={value?.text.length ?? 0}
          autoComplete={autoComplete}
          {...form.register(`${item.id}.text`)}
        />
      )}
      {field.type === 'age' && (
        <AgeFields item={item} form={form} errors={errors} forSelf={forSelf} />
      )}
      {field.type === 'yesno' && (
        <fieldset className="fieldset" aria-describedby={`${item.id}-hint`}>
          <legend className="fieldset__legend">{label}</legend>
          <div className="field__hint" id={`${item.id}-hint`}>
            {hint}
          </div>
          <div className="radios">
            {(['ja', 'nee', 'weet-niet'] as const).map((choice) => (
              <div className="radio" key={choice}>
                <input
                  type="radio"
                  id={`${item.id}-${choice}`}
                  value={choice}
                  {...form.register(`${item.id}.choice`)}
                />
                <label htmlFor={`${item.id}-${choice}`}>{t(`plan.yesno.${choice}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <ExampleAnswer itemId={item.id} label={label} />
      <div className="check-item check-item--private">
        <input type="checkbox" id={`${item.id}-private`} {...form.register(`${item.id}.private`)} />
        <label htmlFor={`${item.id}-private`}>
          {voice.forSelf ? t('plan.private') : t('plan.privateOther', { name: voice.name })}{' '}
          <span className="visually-hidden">({label})</span>
        </label>
      </div>
    </div>
  );
}

function AgeFields({ item, form, errors, forSelf }: Props) {
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
        label={`${t('plan.ageOr')}: ${t('plan.birthDate').toLowerCase()}`}
        hint={t('plan.birthDateHint')}
        error={errors[`${item.id}-birth`]}
        autoComplete={forSelf ? 'bday' : 'off'}
        className="field__input field__input--medium"
        {...form.register(`${item.id}.birth`)}
      />
      {age !== null && <p role="status">{t('plan.ageFromBirth', { age })}</p>}
    </fieldset>
  );
}
