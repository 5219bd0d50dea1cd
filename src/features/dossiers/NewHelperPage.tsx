import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useLiveQuery } from 'dexie-react-hooks';
import { zodResolver } from '@hookform/resolvers/zod';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/usePageTitle';
import { countDossiers, createDossier } from '../../storage/dossierRepository';
import { clearNewDossierDraft } from '../../storage/newDossierDraft';
import { askPersistentStorage } from '../../storage/storageHealth';
import { dossierNameMax } from '../../storage/records';
import { optionalNameForm, type NameForm } from './nameForm';
import { newPaths, useNewDossierDraft } from './useNewDossierDraft';

export function NewHelperPage() {
  const { t } = useTranslation();
  const [draft] = useNewDossierDraft();
  const [failed, setFailed] = useState(false);
  const [madeId, setMadeId] = useState<string | null>(null);
  const existing = useLiveQuery(countDossiers);
  const form = useForm<NameForm>({
    resolver: zodResolver(optionalNameForm),
    defaultValues: { name: '' },
    // The error summary takes focus (GOV.UK); its links lead to the fields.
    shouldFocusError: false,
  });
  const name = useWatch({ control: form.control, name: 'name' });
  const tooLong = form.formState.errors.name
    ? t('newDossier.tooLong', { max: dossierNameMax })
    : undefined;
  const errors: SummaryError[] = [
    ...(tooLong ? [{ fieldId: 'helper-name', message: tooLong }] : []),
    ...(failed ? [{ message: t('newDossier.createFailed') }] : []),
  ];
  usePageTitle(t('newDossier.helperTitle'), errors.length > 0);
  if (madeId) return <Navigate to={`/dossiers/${madeId}`} replace />;
  if (!draft.forWhom || (draft.forWhom === 'ander' && !draft.personName)) {
    return <Navigate to={newPaths.forWhom} replace />;
  }
  const other = draft.forWhom === 'ander';

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      setFailed(false);
      const first = existing === 0;
      const dossier = await createDossier({
        subject: other ? 'other' : 'self',
        personName: draft.personName,
        helperName: values.name,
      });
      // The first dossier is the moment to ask the browser to keep the data (see the note below).
      if (first) void askPersistentStorage();
      // Made: the name is in the dossier now, so the draft forgets it.
      clearNewDossierDraft();
      setMadeId(dossier.id);
    } catch {
      setFailed(true);
    }
  });

  return (
    <div className="prose">
      <BackLink to={other ? newPaths.person : newPaths.forWhom} />
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <p className="caption">{t('newDossier.step', { step: other ? 3 : 2 })}</p>
        <PageHeading>{t('newDossier.helperTitle')}</PageHeading>
        <TextField
          id="helper-name"
          label={t('newDossier.helperLabel')}
          hint={t('newDossier.helperHint')}
          error={tooLong}
          maxLength={dossierNameMax}
          length={name.length}
          autoComplete="off"
          spellCheck={false}
          {...form.register('name')}
        />
        {existing === 0 && <p className="field__hint">{t('storageHealth.persistNote')}</p>}
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {t('newDossier.create')}
        </button>
      </form>
    </div>
  );
}
