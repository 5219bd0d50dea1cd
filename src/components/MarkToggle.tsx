import { useTranslation } from 'react-i18next';

/**
 * The brochure's tip: colour or cross what you want to read again. A toggle button: its words
 * stay the same, and the filled bookmark and the colour show that it is pressed.
 */
export function MarkToggle({
  marked,
  onToggle,
  label,
}: {
  marked: boolean;
  onToggle: (marked: boolean) => void;
  /** What is marked, for screen readers, e.g. the question. */
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="mark-toggle"
      aria-pressed={marked}
      onClick={() => onToggle(!marked)}
      aria-label={label ? `${t('question.mark')}: ${label}` : undefined}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="24"
        height="24"
        className="mark-toggle__icon"
      >
        <path
          d="M6 3h12v18l-6-4-6 4z"
          fill={marked ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      <span>{t('question.mark')}</span>
    </button>
  );
}
