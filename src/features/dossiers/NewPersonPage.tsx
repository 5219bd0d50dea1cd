import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/usePageTitle';
import { dossierNameMax } from '../../storage/records';
import { nameForm, type NameError, type NameForm } from './nameForm';
import { newPaths, useNewDossierDraft } from './useNewDossierDraft';

export function NewPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useNewDossierDraft();
  const form = useForm<NameForm>({
    resolver: zodResolver(nameForm),
    defaultValues: { name: draft.personName },
    // The error summary takes focus (GOV.UK); its links lead to the fields.
    shouldFocusError: false,
  });
  const name = useWatch({ control: form.control, name: 'name' });
  const code = form.formState.errors.name?.message as NameError | undefined;
  const message =
    code &&
    (code === 'required'
      ? t('newDossier.personRequired')
      : t('newDossier.tooLong', { max: dossierNameMax }));
  usePageTitle(t('newDossier.personTitle'), !!message);
  if (draft.forWhom !== 'ander') return <Navigate to={newPaths.forWhom} replace />;

  const onSubmit = form.handleSubmit((values) => {
    setDraft({ ...draft, personName: values.name.trim() });
    void navigate(newPaths.helper);
  });

  return (
    <div className="prose">
      <BackLink to={newPaths.forWhom} />
      <ErrorSummary errors={message ? [{ fieldId: 'person-name', message }] : []} />
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <p className="caption">{t('newDossier.step', { step: 2 })}</p>
        <PageHeading>{t('newDossier.personTitle')}</PageHeading>
        <TextField
          id="person-name"
          label={t('newDossier.personLabel')}
          hint={t('newDossier.personHint')}
          error={message}
          maxLength={dossierNameMax}
          length={name.length}
          autoComplete="off"
          spellCheck={false}
          {...form.register('name')}
        />
        <button type="submit" className="button">
          {t('newDossier.continue')}
        </button>
      </form>
    </div>
  );
}
