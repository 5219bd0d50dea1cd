import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './FieldError';
import { parseDate, toDutchNumeric } from '../domain/dates';
import { readDate } from '../domain/readDate';
import { formatIsoLong } from '../lib/formatDate';
import { todayIso } from '../lib/today';

interface DateFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** The date as stored: "20-11-2026", or the text as typed when it could not be read. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

/**
 * One field that understands what people type (issue 17, item 10): "20-11-26", "20/11",
 * "20 november", "vandaag". It says the date back in words before she goes on, and plainly what
 * it could not read. What it understood is stored as "20-11-2026", so that "vandaag" stays the day
 * it was typed; what it could not read is stored as typed, so nothing is lost. The browser's own
 * calendar stays beside it as a choice.
 */
export function DateField({ id, label, hint, value, onChange, onBlur, error }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);
  // The stored value changed elsewhere (the calendar, another tab): show it, not the old typing.
  const stored = (text: string) => {
    const read = readDate(text, todayIso());
    return read.ok ? toDutchNumeric(read.iso) : text;
  };
  const text = typed !== null && stored(typed) === value ? typed : value;
  const read = readDate(text, todayIso());
  const iso = parseDate(value) ?? '';
  const feedback =
    !read.ok && read.problem !== 'empty' && !error ? t(`dates.read.${read.problem}`) : '';
  const describedBy = [hint && `${id}-hint`, `${id}-format`, `${id}-read`, error && `${id}-error`]
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
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setTyped(e.target.value);
          onChange(stored(e.target.value));
        }}
        onBlur={() => {
          setTyped(null); // shows what is stored: "20-11-2026" for "20 nov"
          onBlur?.();
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <p className="date-read" id={`${id}-read`} role="status">
        {read.ok
          ? t('dates.read.understood', { date: formatIsoLong(read.iso, i18n.language) })
          : feedback}
      </p>
      <label className="date-picker" htmlFor={`${id}-picker`}>
        <span className="date-picker__label">{t('dates.picker')}</span>
        <input
          id={`${id}-picker`}
          type="date"
          lang={i18n.language}
          className="field__input field__input--medium"
          value={iso}
          min="2000-01-01"
          max="2100-12-31"
          onChange={(e) => {
            setTyped(null);
            onChange(e.target.value ? toDutchNumeric(e.target.value) : '');
          }}
        />
      </label>
    </div>
  );
}
