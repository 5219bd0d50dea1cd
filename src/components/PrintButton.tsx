import { useTranslation } from 'react-i18next';

export function PrintButton() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--secondary print-button"
      onClick={() => window.print()}
    >
      {t('info.print')}
    </button>
  );
}
