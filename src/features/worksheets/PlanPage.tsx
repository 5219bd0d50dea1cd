import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ContentText } from '../../components/ContentText';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { SourceNote } from '../../components/SourceNote';
import { TaskList, type Task } from '../../components/TaskList';
import { useLocalize } from '../../components/useLocalize';
import { usePageTitle } from '../../components/usePageTitle';
import { planAdvice, worksheets } from '../../content/worksheets';
import { useDossierContext } from '../../storage/hooks';
import { checkPath, worksheetPath, worksheetTitle } from './paths';
import { useWorksheetVoice } from './voice';
import { worksheetStatus } from './worksheetStatus';

export function PlanPage() {
  const { t } = useTranslation();
  const l = useLocalize();
  const { dossier, entries } = useDossierContext();
  const voice = useWorksheetVoice();
  const { forSelf, name } = voice;
  const check = forSelf ? t('plan.check') : t('plan.checkOther', { name });
  usePageTitle(t('plan.title'));
  const tasks: Task[] = worksheets.map((ws) => {
    const { progress, empty } = worksheetStatus(ws, entries);
    return {
      id: ws.id,
      title: `${t('plan.worksheet', { number: ws.number })}: ${worksheetTitle(ws, dossier, l)}`,
      href: worksheetPath(dossier.id, ws.id),
      status: t(`overview.status.${progress}`),
      statusKind: progress,
      // Calmly, never as a block: how much is still empty where she began (issue 17, item 4).
      ...(progress !== 'nog-niet-begonnen' && empty > 0
        ? { hint: t('plan.emptyCount', { count: empty }) }
        : {}),
    };
  });

  return (
    <div className="prose">
      <BackLink to={`/dossiers/${dossier.id}`} />
      <PageHeading caption={dossierCaption(dossier, t)}>{t('plan.title')}</PageHeading>
      <p className="lead">{forSelf ? t('plan.lead') : t('plan.leadOther', { name })}</p>
      <details className="details">
        <summary>{l(voice.text(planAdvice.title, planAdvice.titleOther))}</summary>
        <ul>
          {planAdvice.items.map((item) => (
            <li key={item.id}>
              <ContentText text={voice.text(item.text, item.textOther)} />
            </li>
          ))}
        </ul>
        <SourceNote sources={planAdvice.sources} />
      </details>
      <TaskList tasks={tasks} label={t('plan.worksheetsLabel')} />
      <h2>{check}</h2>
      <p>{t('plan.checkHint')}</p>
      <Link className="button" to={checkPath(dossier.id)}>
        {check}
      </Link>
    </div>
  );
}
