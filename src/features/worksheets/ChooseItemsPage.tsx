import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { CheckItem } from '../../components/CheckItem';
import { ContentText } from '../../components/ContentText';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { SaveStatusMessage } from '../../components/SaveStatusMessage';
import { useLocalize } from '../../components/useLocalize';
import { usePageTitle } from '../../components/usePageTitle';
import type { Worksheet } from '../../content/schema';
import { flushSaves } from '../../storage/autosave';
import { useDossierContext, useEntryState, useSaveStatus } from '../../storage/hooks';
import {
  afterWorksheet,
  checkPath,
  itemPath,
  overviewPath,
  planPath,
  returnToCheck,
  worksheetPageTitle,
  worksheetStep,
  worksheetTitle,
} from './paths';
import { WorksheetButtons } from './WorksheetButtons';
import { WorksheetDone } from './WorksheetDone';
import { useWorksheetVoice } from './voice';

/** First step of a choose-then-detail worksheet: which topics apply? */
export function ChooseItemsPage({ worksheet }: { worksheet: Worksheet }) {
  const { t } = useTranslation();
  const l = useLocalize();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { dossier, entries } = useDossierContext();
  const status = useSaveStatus();
  const voice = useWorksheetVoice();
  const [chosen, setChosen] = useEntryState(
    dossier.id,
    `chosen:${worksheet.id}`,
    entries.chosen[worksheet.id],
    [],
  );
  const title = worksheetTitle(worksheet, dossier, l);
  usePageTitle(worksheetPageTitle(worksheet, dossier, l, t));
  const fromCheck = search.toString() === returnToCheck;
  const back = fromCheck ? checkPath(dossier.id) : planPath(dossier.id);

  const toggle = (id: string, on: boolean) => {
    const next = worksheet.items
      .map((i) => i.id)
      .filter((x) => (x === id ? on : chosen.includes(x)));
    setChosen(next);
  };

  const saveAndGo = (to: string) => void flushSaves().then(() => navigate(to));
  const first = worksheet.items.find((i) => chosen.includes(i.id));
  const next = fromCheck
    ? back
    : first
      ? itemPath(dossier.id, worksheet.id, first.id)
      : afterWorksheet(dossier.id, worksheet.id);

  return (
    <div className="prose">
      <BackLink to={back} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          saveAndGo(next);
        }}
      >
        <PageHeading caption={`${dossierCaption(dossier, t)} · ${worksheetStep(worksheet, t)}`}>
          {title}
        </PageHeading>
        <ContentText text={voice.intro(worksheet)} />
        {/* The intro says that she may choose more than one: no second hint under the legend. */}
        <fieldset className="fieldset ws-choose">
          <legend className="fieldset__legend">
            {voice.forSelf
              ? t('plan.chooseLegend')
              : t('plan.chooseLegendOther', { name: voice.name })}
          </legend>
          {worksheet.items.map((item) => (
            <CheckItem
              key={item.id}
              id={`choose-${item.id}`}
              checked={chosen.includes(item.id)}
              onChange={(on) => toggle(item.id, on)}
            >
              {voice.label(item)}
            </CheckItem>
          ))}
        </fieldset>
        {chosen.length === 0 && (
          <>
            <p className="muted">{t('plan.chooseNone')}</p>
            <WorksheetDone worksheet={worksheet} />
          </>
        )}
        <WorksheetButtons onOverview={() => saveAndGo(overviewPath(dossier.id))} />
      </form>
      <SaveStatusMessage status={status} />
    </div>
  );
}
