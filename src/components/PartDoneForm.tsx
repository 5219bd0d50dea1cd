import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from './ErrorSummary';
import { Radios } from './Radios';
import { useErrorInTitle } from './usePageTitle';

/** "Ben je klaar met dit deel?" at the end of a part (GOV.UK task list pattern). */
export function PartDoneForm({
  initial,
  onSubmit,
}: {
  initial: boolean | undefined;
  onSubmit: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<'ja' | 'nee' | undefined>(
    initial === undefined ? undefined : initial ? 'ja' : 'nee',
  );
  const [error, setError] = useState(false);
  const showError = error && !value;
  useErrorInTitle(showError);
  return (
    <form
      noValidate
      className="part-done"
      onSubmit={(e) => {
        e.preventDefault();
        if (!value) return setError(true);
        onSubmit(value === 'ja');
      }}
    >
      <ErrorSummary
        errors={showError ? [{ fieldId: 'part-done', message: t('partDone.required') }] : []}
      />
      <Radios
        name="part-done"
        legend={t('partDone.legend')}
        options={[
          { value: 'ja', label: t('partDone.yes') },
          { value: 'nee', label: t('partDone.no') },
        ]}
        value={value}
        onChange={setValue}
        error={showError ? t('partDone.required') : undefined}
      />
      <button type="submit" className="button">
        {t('partDone.save')}
      </button>
    </form>
  );
}
