import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';
import { passphraseMax, passphraseMin, type NewPassphraseForm } from './passphraseForm';
import type { SummaryError } from './ErrorSummary';

/** The messages for the error summary, in the order of the fields. */
export function passphraseErrors(
  errors: FieldErrors<NewPassphraseForm>,
  t: TFunction,
  idPrefix: string,
): SummaryError[] {
  return (['passphrase', 'repeat'] as const).flatMap((field) => {
    const code = errors[field]?.message;
    if (code !== 'tooShort' && code !== 'tooLong' && code !== 'different') return [];
    return [
      {
        fieldId: `${idPrefix}-${field}`,
        message: t(`passphrase.errors.${code}`, { min: passphraseMin, max: passphraseMax }),
      },
    ];
  });
}

/** Two password fields: the new passphrase, and the same again. */
export function NewPassphraseFields({
  idPrefix,
  register,
  errors,
}: {
  idPrefix: string;
  register: UseFormRegister<NewPassphraseForm>;
  errors: SummaryError[];
}) {
  const { t } = useTranslation();
  const errorFor = (field: string) =>
    errors.find((e) => e.fieldId === `${idPrefix}-${field}`)?.message;
  return (
    <>
      <TextField
        id={`${idPrefix}-passphrase`}
        type="password"
        label={t('passphrase.newLabel')}
        hint={t('passphrase.newHint', { min: passphraseMin })}
        error={errorFor('passphrase')}
        autoComplete="new-password"
        spellCheck={false}
        {...register('passphrase')}
      />
      <TextField
        id={`${idPrefix}-repeat`}
        type="password"
        label={t('passphrase.repeatLabel')}
        error={errorFor('repeat')}
        autoComplete="new-password"
        spellCheck={false}
        {...register('repeat')}
      />
    </>
  );
}
