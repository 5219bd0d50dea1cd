import type { TFunction } from 'i18next';
import type { LetterFields } from '../../storage/entries';
import type { FieldErrors } from './SenderFields';

export type AreaKey = 'request' | 'reasons' | 'corrections' | 'lateReason' | 'courtAddress';
export type LineKey = 'about' | 'kenmerk' | 'court';

/** Props for a letter's own text fields, keyed by the stored field; labels from `letters.field`. */
export function ownFieldProps(
  t: TFunction,
  value: LetterFields,
  onChange: (next: LetterFields) => void,
  errors: FieldErrors,
) {
  const change = (key: AreaKey | LineKey) => (e: { target: { value: string } }) =>
    onChange({ ...value, [key]: e.target.value });
  return {
    area: (key: AreaKey, max: number, rows = 6) => ({
      id: `letter-${key}`,
      label: t(`letters.field.${key}`),
      hint: t(`letters.field.${key}Hint`),
      rows,
      maxLength: max,
      length: (value[key] ?? '').length,
      value: value[key] ?? '',
      error: errors[key],
      onChange: change(key),
    }),
    line: (key: LineKey) => ({
      id: `letter-${key}`,
      label: t(`letters.field.${key}`),
      hint: t(`letters.field.${key}Hint`),
      value: value[key] ?? '',
      error: errors[key],
      onChange: change(key),
    }),
  };
}
