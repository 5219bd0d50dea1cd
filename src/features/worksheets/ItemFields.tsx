import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ContentText } from '../../components/ContentText';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useLocalize } from '../../components/useLocalize';
import type { LocalizedText, WorksheetItem } from '../../content/schema';
import type { WorksheetForm } from './worksheetForm';
import { AgeFields } from './AgeFields';
import { ExampleAnswer } from './ExampleAnswer';
import { PrivateChoice } from './PrivateChoice';
import { useWorksheetVoice } from './voice';

export interface ItemFieldsProps {
  item: WorksheetItem;
  form: UseFormReturn<WorksheetForm>;
  errors: Record<string, string>;
  /** On a page with only this item, its label is the page's <h1> and all its help shows. */
  heading?: { caption: string } | undefined;
  /** The personal fields get autocomplete tokens only when the plan is about the resident. */
  forSelf: boolean;
  /** Changed here and in another tab (issue 16, item 6): the way to take the other version. */
  onTakeOther?: (() => void) | undefined;
}

/** The count of characters left shows once four fifths of the room is used. */
const countFrom = (maxLength: number) => Math.floor(maxLength * 0.8);

/**
 * One "denken aan" item, compact (issue 17): the label, one short hint, the field, and under it
 * one row with the rest of the help ("Meer uitleg"), the example and the private choice.
 */
export function ItemFields({ item, form, errors, heading, forSelf, onTakeOther }: ItemFieldsProps) {
  const { t } = useTranslation();
  const l = useLocalize();
  const voice = useWorksheetVoice();
  const value = useWatch({ control: form.control, name: item.id });
  const field = item.field;
  const label = voice.label(item);
  const parts = heading ? { hint: voice.help(item) } : voice.helpParts(item);
  const hint = <ContentText text={parts.hint} />;
  const more = parts.more && <MoreHelp text={parts.more} label={label} />;
  const textId = `${item.id}-text`;
  const autoComplete =
    forSelf && 'autocomplete' in field && field.autocomplete ? field.autocomplete : 'off';
  const conflict = onTakeOther && (
    <div className="inset warning-text" role="status">
      <p>{t('plan.changedElsewhere')}</p>
      <button type="button" className="button button--secondary" onClick={onTakeOther}>
        {t('plan.takeOther')}
      </button>
    </div>
  );

  return (
    <div className="ws-item" id={item.id}>
      {heading && field.type !== 'textarea' && (
        <PageHeading caption={heading.caption}>{label}</PageHeading>
      )}
      {!heading && conflict}
      {field.type === 'textarea' && (
        <TextAreaField
          id={textId}
          label={label}
          heading={heading}
          hint={hint}
          error={errors[textId]}
          maxLength={field.maxLength}
          length={value?.text.length ?? 0}
          countFrom={countFrom(field.maxLength)}
          autoComplete={autoComplete}
          // Short answers (an address) get two lines; the box grows as she writes.
          rows={field.maxLength <= 300 ? 2 : 3}
          className={`field__input field__textarea ws-textarea${field.maxLength <= 300 ? ' ws-textarea--short' : ''}`}
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
          countFrom={countFrom(field.maxLength)}
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
      {/* Below the <h1> on a page of its own, above the field on a page of many. */}
      {heading && conflict}
      <div className="ws-aids">
        {more}
        <ExampleAnswer itemId={item.id} label={label} />
        <PrivateChoice item={item} form={form} label={label} full={heading !== undefined} />
      </div>
    </div>
  );
}

/** The rest of an item's help, folded: "Meer uitleg", named after its item for a screen reader. */
function MoreHelp({ text, label }: { text: LocalizedText; label: string }) {
  const { t } = useTranslation();
  return (
    <details className="details ws-more">
      <summary>
        {t('plan.more')} <span className="visually-hidden">({label})</span>
      </summary>
      <div className="ws-more__body">
        <ContentText text={text} />
      </div>
    </details>
  );
}
