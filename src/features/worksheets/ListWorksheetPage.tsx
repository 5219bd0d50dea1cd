import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ContentText } from '../../components/ContentText';
import { dossierCaption } from '../../components/dossierName';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { SaveStatusMessage } from '../../components/SaveStatusMessage';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import { usePageTitle } from '../../components/usePageTitle';
import type { Worksheet } from '../../content/schema';
import { flushSaves } from '../../storage/autosave';
import { useDossierContext, useSaveStatus } from '../../storage/hooks';
import { ItemFields } from './ItemFields';
import {
  afterWorksheet,
  checkPath,
  overviewPath,
  planPath,
  returnToCheck,
  worksheetPageTitle,
  worksheetStep,
  worksheetTitle,
} from './paths';
import { useItemErrors, useWorksheetForm } from './useWorksheetForm';
import { WorksheetButtons } from './WorksheetButtons';
import { WorksheetDone } from './WorksheetDone';
import { useWorksheetVoice } from './voice';

/** A worksheet whose items all show on one page. */
export function ListWorksheetPage({ worksheet }: { worksheet: Worksheet }) {
  const { t } = useTranslation();
  const l = useLocalize();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { dossier } = useDossierContext();
  const status = useSaveStatus();
  const voice = useWorksheetVoice();
  const { form, conflict } = useWorksheetForm(worksheet.items);
  const { byField, summary } = useItemErrors(
    worksheet.items,
    form.formState.errors,
    form.getValues(),
  );
  const title = worksheetTitle(worksheet, dossier, l);
  usePageTitle(worksheetPageTitle(worksheet, dossier, l, t), summary.length > 0);
  const fromCheck = search.toString() === returnToCheck;
  const back = fromCheck ? checkPath(dossier.id) : planPath(dossier.id);
  // Issue 17 item 11: "Opslaan en verder" goes on to the next worksheet.
  const next = fromCheck ? checkPath(dossier.id) : afterWorksheet(dossier.id, worksheet.id);

  const saveAndGo = (to: string) =>
    form.handleSubmit(async () => {
      await flushSaves();
      void navigate(to);
    });
  const onSubmit = saveAndGo(next);

  return (
    <div className="prose">
      <BackLink to={back} />
      <ErrorSummary errors={summary} />
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <PageHeading caption={`${dossierCaption(dossier, t)} · ${worksheetStep(worksheet, t)}`}>
          {title}
        </PageHeading>
        <ContentText text={voice.intro(worksheet)} />
        <SourceNote sources={worksheet.sources} />
        <p className="ws-private-note">
          {voice.forSelf ? t('plan.privateNote') : t('plan.privateNoteOther', { name: voice.name })}
        </p>
        {worksheet.items.map((item) => (
          <ItemFields
            key={item.id}
            item={item}
            form={form}
            errors={byField}
            forSelf={dossier.subject === 'self'}
            onTakeOther={conflict.ids.includes(item.id) ? () => conflict.take(item.id) : undefined}
          />
        ))}
        <WorksheetDone worksheet={worksheet} />
        <WorksheetButtons onOverview={(e) => void saveAndGo(overviewPath(dossier.id))(e)} />
      </form>
      <SaveStatusMessage status={status} />
    </div>
  );
}
