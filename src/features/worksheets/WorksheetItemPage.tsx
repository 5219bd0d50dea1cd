import { useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierCaption } from '../../components/dossierName';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NotFoundMessage } from '../../components/NotFoundMessage';
import { SaveStatusMessage } from '../../components/SaveStatusMessage';
import { useLocalize } from '../../components/useLocalize';
import { usePageTitle } from '../../components/usePageTitle';
import type { Worksheet, WorksheetItem } from '../../content/schema';
import { worksheets } from '../../content/worksheets';
import { flushSaves } from '../../storage/autosave';
import { useDossierContext, useSaveStatus } from '../../storage/hooks';
import { ItemFields } from './ItemFields';
import {
  afterWorksheet,
  checkPath,
  itemPath,
  overviewPath,
  returnToCheck,
  worksheetPath,
  worksheetStep,
} from './paths';
import { useItemErrors, useWorksheetForm } from './useWorksheetForm';
import { WorksheetButtons } from './WorksheetButtons';
import { WorksheetDone } from './WorksheetDone';

/** One chosen topic of a choose-then-detail worksheet, on a short page of its own. */
export function WorksheetItemPage() {
  const { worksheetId = '', itemId = '' } = useParams();
  const worksheet = worksheets.find((w) => w.id === worksheetId);
  const item = worksheet?.items.find((i) => i.id === itemId);
  if (!worksheet || !item || worksheet.layout !== 'choose-then-detail') return <NotFoundMessage />;
  return <ItemForm key={item.id} worksheet={worksheet} item={item} />;
}

function ItemForm({ worksheet, item }: { worksheet: Worksheet; item: WorksheetItem }) {
  const { t } = useTranslation();
  const l = useLocalize();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { dossier, entries } = useDossierContext();
  const status = useSaveStatus();
  const items = useMemo(() => [item], [item]);
  const { form, conflict } = useWorksheetForm(items);
  const { byField, summary } = useItemErrors(items, form.formState.errors, form.getValues());
  usePageTitle(l(item.label), summary.length > 0);

  const chosen = worksheet.items.filter((i) => (entries.chosen[worksheet.id] ?? []).includes(i.id));
  const index = chosen.findIndex((i) => i.id === item.id);
  const fromCheck = search.toString() === returnToCheck;
  const nextItem = index >= 0 ? chosen[index + 1] : undefined;
  const previousItem = index > 0 ? chosen[index - 1] : undefined;
  const next = fromCheck
    ? checkPath(dossier.id)
    : nextItem
      ? itemPath(dossier.id, worksheet.id, nextItem.id)
      : afterWorksheet(dossier.id, worksheet.id);
  const back = fromCheck
    ? checkPath(dossier.id)
    : previousItem
      ? itemPath(dossier.id, worksheet.id, previousItem.id)
      : worksheetPath(dossier.id, worksheet.id);

  const saveAndGo = (to: string) =>
    form.handleSubmit(async () => {
      await flushSaves();
      void navigate(to);
    });
  const onSubmit = saveAndGo(next);

  const caption = [
    dossierCaption(dossier, t),
    worksheetStep(worksheet, t),
    ...(index >= 0 ? [t('plan.itemCaption', { number: index + 1, total: chosen.length })] : []),
  ].join(' · ');

  return (
    <div className="prose">
      <BackLink to={back} />
      <ErrorSummary errors={summary} />
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <ItemFields
          item={item}
          heading={{ caption }}
          form={form}
          errors={byField}
          forSelf={dossier.subject === 'self'}
          onTakeOther={conflict.ids.includes(item.id) ? () => conflict.take(item.id) : undefined}
        />
        {index >= 0 && !nextItem && <WorksheetDone worksheet={worksheet} />}
        <WorksheetButtons onOverview={(e) => void saveAndGo(overviewPath(dossier.id))(e)} />
      </form>
      <SaveStatusMessage status={status} />
    </div>
  );
}
