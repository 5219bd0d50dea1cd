import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { PartDoneForm } from '../../components/PartDoneForm';
import { useLocalize } from '../../components/useLocalize';
import { usePageTitle } from '../../components/usePageTitle';
import type { Worksheet, WorksheetItem } from '../../content/schema';
import { worksheets } from '../../content/worksheets';
import type { WorksheetValue } from '../../storage/entries';
import { useDossierContext, usePartDone } from '../../storage/hooks';
import { itemPath, planPath, returnToCheck, worksheetPath, worksheetTitle } from './paths';
import { useWorksheetVoice } from './voice';
import { isFilled } from './worksheetForm';

/** GOV.UK "check answers": everything in the plan, each with a "Wijzig" link. */
export function CheckPlanPage() {
  const { t } = useTranslation();
  const l = useLocalize();
  const { dossier, entries } = useDossierContext();
  const partDone = usePartDone(dossier.id, 'plan');
  const { forSelf, name } = useWorksheetVoice();
  usePageTitle(t('check.title'));

  return (
    <div className="prose">
      <BackLink to={planPath(dossier.id)} />
      <PageHeading caption={dossierCaption(dossier, t)}>
        {forSelf ? t('check.title') : t('plan.checkOther', { name })}
      </PageHeading>
      <p className="lead">{forSelf ? t('check.lead') : t('check.leadOther', { name })}</p>
      {worksheets.map((ws) => (
        <section key={ws.id} aria-labelledby={`check-${ws.id}`}>
          <h2 id={`check-${ws.id}`}>{worksheetTitle(ws, dossier, l)}</h2>
          <dl className="summary-list">
            {ws.layout === 'choose-then-detail' && (
              <ChosenRow worksheet={ws} chosen={entries.chosen[ws.id] ?? []} />
            )}
            {rowsFor(ws, entries.chosen[ws.id]).map((item) => (
              <ItemRow
                key={item.id}
                worksheet={ws}
                item={item}
                value={entries.worksheet[item.id]}
              />
            ))}
          </dl>
        </section>
      ))}
      <PartDoneForm
        initial={entries.parts.plan === undefined ? undefined : entries.parts.plan === 'klaar'}
        onSubmit={partDone}
      />
    </div>
  );
}

function rowsFor(ws: Worksheet, chosen: readonly string[] | undefined): WorksheetItem[] {
  return ws.layout === 'choose-then-detail'
    ? ws.items.filter((i) => (chosen ?? []).includes(i.id))
    : ws.items;
}

function ChosenRow({ worksheet, chosen }: { worksheet: Worksheet; chosen: readonly string[] }) {
  const { t } = useTranslation();
  const { dossier } = useDossierContext();
  const voice = useWorksheetVoice();
  const labels = worksheet.items.filter((i) => chosen.includes(i.id)).map(voice.label);
  return (
    <div className="summary-list__row">
      <dt>{t('check.chosen')}</dt>
      <dd>{labels.length ? labels.join(', ') : t('check.notFilled')}</dd>
      <dd className="summary-list__action">
        <Link to={`${worksheetPath(dossier.id, worksheet.id)}?${returnToCheck}`}>
          {t('check.change')}
          <span className="visually-hidden"> {t('check.chosen')}</span>
        </Link>
      </dd>
    </div>
  );
}

function ItemRow({
  worksheet,
  item,
  value,
}: {
  worksheet: Worksheet;
  item: WorksheetItem;
  value: WorksheetValue | undefined;
}) {
  const { t } = useTranslation();
  const { dossier } = useDossierContext();
  const voice = useWorksheetVoice();
  const label = voice.label(item);
  const href =
    worksheet.layout === 'list'
      ? `${worksheetPath(dossier.id, worksheet.id)}?${returnToCheck}#${item.id}`
      : `${itemPath(dossier.id, worksheet.id, item.id)}?${returnToCheck}`;
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>
        {isFilled(value) ? (
          <Shown value={value} />
        ) : (
          <span className="muted">{t('check.notFilled')}</span>
        )}
        {value?.private && (
          <span className="tag tag--private">
            {voice.forSelf ? t('check.private') : t('plan.privateTagOther', { name: voice.name })}
          </span>
        )}
      </dd>
      <dd className="summary-list__action">
        <Link to={href}>
          {t('check.change')}
          <span className="visually-hidden"> {label}</span>
        </Link>
      </dd>
    </div>
  );
}

function Shown({ value }: { value: WorksheetValue | undefined }) {
  const { t } = useTranslation();
  const parts = [
    value?.text,
    value?.choice ? t(`plan.yesno.${value.choice}`) : undefined,
    value?.birth ? `${t('plan.birthDate')}: ${value.birth}` : undefined,
  ].filter(Boolean);
  return <span className="summary-list__value">{parts.join(' · ')}</span>;
}
