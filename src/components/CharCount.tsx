import { useTranslation } from 'react-i18next';

/**
 * "Je kunt nog 40 tekens typen." under a field with a limit. With `from`, the count shows only
 * once the text is that long (GOV.UK's character count threshold); before that it is there for
 * a screen reader only, so that a short answer is not followed by a line she does not need.
 */
export function CharCount({
  id,
  maxLength,
  length,
  from,
}: {
  id: string;
  maxLength: number;
  length: number;
  from?: number | undefined;
}) {
  const { t } = useTranslation();
  const left = maxLength - length;
  const shown = from === undefined || length >= from;
  const className = shown
    ? `field__count${left < 0 ? ' field__count--over' : ''}`
    : 'visually-hidden';
  return (
    <p className={className} id={id}>
      {left >= 0 ? t('charCount.left', { count: left }) : t('charCount.over', { count: -left })}
    </p>
  );
}
