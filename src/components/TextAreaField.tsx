import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { CharCount } from './CharCount';
import { FieldError } from './FieldError';
import { PageHeading } from './PageHeading';

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
  /** The count shows from this length on; below it only a screen reader reads it. */
  countFrom?: number | undefined;
  /** On a page with only this field, its label is the page's <h1> (GOV.UK: label as heading). */
  heading?: { caption: string } | undefined;
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  maxLength,
  length,
  countFrom,
  heading,
  ...area
}: TextAreaFieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, `${id}-count`]
    .filter(Boolean)
    .join(' ');
  const labelElement = (
    <label className="field__label" htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      {heading ? <PageHeading caption={heading.caption}>{labelElement}</PageHeading> : labelElement}
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
      <CharCount id={`${id}-count`} maxLength={maxLength} length={length} from={countFrom} />
    </div>
  );
}
