import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { usePageTitle } from '../../components/usePageTitle';
import { newPaths, useNewDossierDraft } from './useNewDossierDraft';

export function NewForWhomPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useNewDossierDraft();
  const [forWhom, setForWhom] = useState(draft.forWhom);
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
          setDraft({ ...draft, forWhom });
          void navigate(forWhom === 'ander' ? newPaths.person : newPaths.helper);
        }}
      >
        <p className="caption">{t('newDossier.step', { step: 1 })}</p>
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
