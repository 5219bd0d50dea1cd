import { useTranslation } from 'react-i18next';

/** A field's error, linked by id; screen readers hear "Fout: " before it. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">{t('app.errorTitlePrefix')}</span>
      {message}
    </p>
  );
}
