import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { usePageTitle } from '../../components/usePageTitle';
import { newPaths, paramsHref, readParams } from './newDossierParams';

export function NewForWhomPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const params = readParams(search);
  const [forWhom, setForWhom] = useState(params.forWhom);
  const [showError, setShowError] = useState(false);
  const error = showError && !forWhom ? t('newDossier.forWhomRequired') : undefined;
  usePageTitle(t('newDossier.forWhomTitle'), !!error);

  return (
    <div className="prose">
      <BackLink to="/dossiers" label={t('dossiers.backToList')} />
      <ErrorSummary errors={error ? [{ fieldId: 'voor', message: error }] : []} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!forWhom) return setShowError(true);
          const next = { ...params, forWhom };
          void navigate(paramsHref(forWhom === 'ander' ? newPaths.person : newPaths.helper, next));
        }}
      >
        <p className="caption">
          {t('newDossier.step', { step: 1, total: forWhom === 'zelf' ? 2 : 3 })}
        </p>
        <Radios
          name="voor"
          legend={t('newDossier.forWhomTitle')}
          legendIsPageHeading
          options={[
            { value: 'zelf', label: t('newDossier.forWhomSelf') },
            {
              value: 'ander',
              label: t('newDossier.forWhomOther'),
              hint: t('newDossier.forWhomOtherHint'),
            },
          ]}
          value={forWhom}
          onChange={setForWhom}
          error={error}
        />
        <button type="submit" className="button">
          {t('newDossier.continue')}
        </button>
      </form>
    </div>
  );
}
