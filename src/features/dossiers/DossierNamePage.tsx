import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/usePageTitle';
import { createDossier, getDossier, renameDossier } from '../../storage/dossierRepository';
import { dossierNameMax } from '../../storage/records';
import { dossierNameForm, type DossierNameError, type DossierNameForm } from './dossierNameForm';

/** One question per page: the dossier's name. Used for "nieuw" and for "naam wijzigen". */
export function DossierNamePage() {
  const { dossierId } = useParams();
  const existing = useLiveQuery(
    async () => (dossierId ? ((await getDossier(dossierId)) ?? null) : null),
    [dossierId],
  );
  if (dossierId && existing === undefined) return null; // still reading; renders in a moment
  return (
    <NameForm
      key={existing?.id ?? 'new'}
      dossierId={dossierId}
      initialName={existing?.name ?? ''}
    />
  );
}

function NameForm({
  dossierId,
  initialName,
}: {
  dossierId: string | undefined;
  initialName: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [saveFailed, setSaveFailed] = useState(false);
  const form = useForm<DossierNameForm>({
    resolver: zodResolver(dossierNameForm),
    defaultValues: { name: initialName },
    shouldFocusError: false,
  });
  const name = useWatch({ control: form.control, name: 'name' });
  const fieldError = form.formState.errors.name?.message as DossierNameError | undefined;
  const message = fieldError && t(`dossierForm.errors.${fieldError}`, { max: dossierNameMax });
  const errors: SummaryError[] = [
    ...(message ? [{ fieldId: 'dossier-name', message }] : []),
    ...(saveFailed ? [{ message: t('dossierForm.errors.saveFailed') }] : []),
  ];
  const title = dossierId ? t('dossierForm.renameTitle') : t('dossierForm.newTitle');
  usePageTitle(title, errors.length > 0);

  const onSubmit = form.handleSubmit(async ({ name }) => {
    try {
      setSaveFailed(false);
      if (dossierId) await renameDossier(dossierId, name);
      else await createDossier(name);
      void navigate('/dossiers');
    } catch {
      setSaveFailed(true); // the typed name stays in the field
    }
  });

  return (
    <div className="prose">
      <BackLink to="/dossiers" label={t('dossiers.backToList')} />
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <PageHeading>{title}</PageHeading>
        <TextField
          id="dossier-name"
          label={t('dossierForm.nameLabel')}
          hint={t('dossierForm.nameHint')}
          error={message}
          maxLength={dossierNameMax}
          length={name.length}
          autoComplete="off"
          {...form.register('name')}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={form.formState.isSubmitting}>
            {dossierId ? t('dossierForm.save') : t('dossierForm.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
