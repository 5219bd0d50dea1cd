import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierName } from '../../components/dossierName';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/usePageTitle';
import { renameDossier } from '../../storage/dossierRepository';
import { useDossier } from '../../storage/hooks';
import { dossierNameMax } from '../../storage/records';
import { DossierMissing } from './DossierMissing';
import { nameForm, type NameError, type NameForm } from './nameForm';

/** One question per page: the dossier's new name. */
export function DossierNamePage() {
  const { dossierId = '' } = useParams();
  const { t } = useTranslation();
  const dossier = useDossier(dossierId);
  if (dossier === undefined) return null;
  if (dossier === null) return <DossierMissing />;
  return (
    <RenameForm key={dossier.id} dossierId={dossier.id} initialName={dossierName(dossier, t)} />
  );
}

function RenameForm({ dossierId, initialName }: { dossierId: string; initialName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [saveFailed, setSaveFailed] = useState(false);
  const form = useForm<NameForm>({
    resolver: zodResolver(nameForm),
    defaultValues: { name: initialName },
    // The error summary takes focus (GOV.UK); its links lead to the fields.
    shouldFocusError: false,
  });
  const name = useWatch({ control: form.control, name: 'name' });
  const code = form.formState.errors.name?.message as NameError | undefined;
  const message = code && t(`dossierForm.errors.${code}`, { max: dossierNameMax });
  const errors: SummaryError[] = [
    ...(message ? [{ fieldId: 'dossier-name', message }] : []),
    ...(saveFailed ? [{ message: t('dossierForm.errors.saveFailed') }] : []),
  ];
  usePageTitle(t('dossierForm.renameTitle'), errors.length > 0);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      setSaveFailed(false);
      await renameDossier(dossierId, values.name);
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
        <PageHeading>{t('dossierForm.renameTitle')}</PageHeading>
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
        <button type="submit" className="button">
          {t('dossierForm.save')}
        </button>
      </form>
    </div>
  );
}
