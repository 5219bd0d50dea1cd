import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { LetterFields } from '../../storage/entries';

export type FieldErrors = Partial<Record<keyof LetterFields, string>>;

type SenderKey =
  | 'name'
  | 'address'
  | 'postcodeCity'
  | 'phone'
  | 'email'
  | 'birthDate'
  | 'reference'
  | 'place'
  | 'gemeente';

/** Who sends the letter and to which gemeente: typed once, used by every letter. */
export function SenderFields({
  value,
  onChange,
  errors,
}: {
  value: LetterFields;
  onChange: (next: LetterFields) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const field = (key: SenderKey) => ({
    id: `letter-${key}`,
    label: t(`letters.field.${key}`),
    value: value[key] ?? '',
    error: errors[key],
    onChange: (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value }),
  });
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('letters.senderLegend')}</legend>
      <p className="field__hint">{t('letters.senderHint')}</p>
      <TextField {...field('name')} autoComplete="name" />
      <TextField {...field('address')} autoComplete="address-line1" />
      <TextField {...field('postcodeCity')} hint={t('letters.field.postcodeCityHint')} />
      <TextField
        {...field('phone')}
        hint={t('letters.field.phoneHint')}
        type="tel"
        autoComplete="tel"
      />
      <TextField {...field('email')} type="email" autoComplete="email" spellCheck={false} />
      <TextField
        {...field('birthDate')}
        hint={t('letters.field.birthDateHint')}
        inputMode="numeric"
        autoComplete="bday"
      />
      <TextField {...field('reference')} hint={t('letters.field.referenceHint')} />
      <TextField
        {...field('place')}
        hint={t('letters.field.placeHint')}
        autoComplete="address-level2"
      />
      <TextField {...field('gemeente')} hint={t('letters.field.gemeenteHint')} />
      <TextAreaField
        id="letter-gemeenteAddress"
        label={t('letters.field.gemeenteAddress')}
        hint={t('letters.field.gemeenteAddressHint')}
        rows={3}
        maxLength={500}
        length={(value.gemeenteAddress ?? '').length}
        value={value.gemeenteAddress ?? ''}
        onChange={(e) => onChange({ ...value, gemeenteAddress: e.target.value })}
      />
    </fieldset>
  );
}
