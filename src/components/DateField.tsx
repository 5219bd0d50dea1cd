import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './FieldError';
import { parseDate, toDutchNumeric } from '../domain/dates';

interface DateFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** The date as typed, e.g. "13-4-2026". */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

/** A typed date ("13-4-2026") with the browser's own calendar beside it, kept in step. */
export function DateField({ id, label, hint, value, onChange, onBlur, error }: DateFieldProps) {
  const { t } = useTranslation();
  const iso = parseDate(value) ?? '';
  const describedBy = [hint && `${id}-hint`, `${id}-format`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <p className="field__hint" id={`${id}-format`}>
        {t('dates.dateHint')}
      </p>
      <FieldError id={`${id}-error`} message={error} />
      <input
        id={id}
        className="field__input field__input--medium"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <label className="date-picker" htmlFor={`${id}-picker`}>
        <span className="date-picker__label">{t('dates.picker')}</span>
        <input
          id={`${id}-picker`}
          type="date"
          className="field__input field__input--medium"
          value={iso}
          min="2000-01-01"
          max="2100-12-31"
          onChange={(e) => onChange(e.target.value ? toDutchNumeric(e.target.value) : '')}
        />
      </label>
    </div>
  );
}
