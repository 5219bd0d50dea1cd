import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './FieldError';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'maxLength'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Shown as a live count. Not enforced by the browser: we never cut text off silently. */
  maxLength?: number;
  length?: number;
}

export function TextField({
  id,
  label,
  hint,
  error,
  maxLength,
  length = 0,
  ...input
}: TextFieldProps) {
  const { t } = useTranslation();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, maxLength && `${id}-count`]
    .filter(Boolean)
    .join(' ');
  const left = maxLength === undefined ? 0 : maxLength - length;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
      <input
        className="field__input"
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {maxLength !== undefined && (
        <p className={`field__count${left < 0 ? ' field__count--over' : ''}`} id={`${id}-count`}>
          {left >= 0 ? t('charCount.left', { count: left }) : t('charCount.over', { count: -left })}
        </p>
      )}
    </div>
  );
}
