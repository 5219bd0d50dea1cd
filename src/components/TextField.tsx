import type { InputHTMLAttributes } from 'react';
import { CharCount } from './CharCount';
import { FieldError } from './FieldError';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'maxLength'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Shown as a live count. Not enforced by the browser: we never cut text off silently. */
  maxLength?: number;
  length?: number;
  /** The count shows from this length on; below it only a screen reader reads it. */
  countFrom?: number | undefined;
}

export function TextField({
  id,
  label,
  hint,
  error,
  maxLength,
  length = 0,
  countFrom,
  ...input
}: TextFieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, maxLength && `${id}-count`]
    .filter(Boolean)
    .join(' ');
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
        <CharCount id={`${id}-count`} maxLength={maxLength} length={length} from={countFrom} />
      )}
    </div>
  );
}
