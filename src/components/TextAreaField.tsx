import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './FieldError';

interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'maxLength'
> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown as a count. Not enforced by the browser: we never cut text off silently. */
  maxLength: number;
  length: number;
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  maxLength,
  length,
  ...area
}: TextAreaFieldProps) {
  const { t } = useTranslation();
  const left = maxLength - length;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, `${id}-count`]
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
      <FieldError id={`${id}-error`} message={error} />
      <textarea
        className="field__input field__textarea"
        id={id}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...area}
      />
      <p className={`field__count${left < 0 ? ' field__count--over' : ''}`} id={`${id}-count`}>
        {left >= 0 ? t('charCount.left', { count: left }) : t('charCount.over', { count: -left })}
      </p>
    </div>
  );
}
