import type { ReactNode } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface RadiosProps<V extends string> {
  name: string;
  legend: ReactNode;
  /** The question is the page's <h1>, inside the legend (architecture rule 8). */
  legendIsPageHeading?: boolean;
  hint?: string;
  options: readonly RadioOption<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  error?: string | undefined;
}

export function Radios<V extends string>({
  name,
  legend,
  legendIsPageHeading = false,
  hint,
  options,
  value,
  onChange,
  error,
}: RadiosProps<V>) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`fieldset${error ? ' field--error' : ''}`}
      aria-describedby={describedBy || undefined}
    >
      <legend className={`fieldset__legend${legendIsPageHeading ? ' fieldset__legend--page' : ''}`}>
        {legendIsPageHeading ? (
          <h1 className="page-heading" tabIndex={-1}>
            {legend}
          </h1>
        ) : (
          legend
        )}
      </legend>
      {hint && (
        <p className="field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${name}-error`}>
          {error}
        </p>
      )}
      <div className="radios">
        {options.map((o, i) => (
          <div className="radio" key={o.value}>
            <input
              type="radio"
              id={i === 0 ? name : `${name}-${o.value}`}
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              aria-describedby={o.hint ? `${name}-${o.value}-hint` : undefined}
            />
            <label htmlFor={i === 0 ? name : `${name}-${o.value}`}>
              {o.label}
              {o.hint && (
                <span className="radio__hint" id={`${name}-${o.value}-hint`}>
                  {o.hint}
                </span>
              )}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
