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
import { worksheetProgress } from '../../domain/progress';
import { useDossierContext } from '../../storage/hooks';
import { checkPath, worksheetPath, worksheetTitle } from './paths';
import { isFilled } from './worksheetForm';

export function PlanPage() {
  const { t } = useTranslation();
  const l = useLocalize();
  const { dossier, entries } = useDossierContext();
  usePageTitle(t('plan.title'));
  const tasks: Task[] = worksheets.map((ws) => {
    const chosen = ws.layout === 'choose-then-detail' ? (entries.chosen[ws.id] ?? []) : undefined;
    const status = worksheetProgress(
      ws.items.map((i) => i.id),
      (id) => isFilled(entries.worksheet[id]),
      chosen,
    );
    return {
      id: ws.id,
      title: `${t('plan.worksheet', { number: ws.number })}: ${worksheetTitle(ws, dossier, l)}`,
      href: worksheetPath(dossier.id, ws.id),
      status: t(`overview.status.${status}`),
      statusKind: status,
    };
  });

  return (
    <div className="prose">
      <BackLink to={`/dossiers/${dossier.id}`} />
      <PageHeading caption={dossierCaption(dossier, t)}>{t('plan.title')}</PageHeading>
      <p className="lead">{t('plan.lead')}</p>
      <details className="details">
        <summary>{l(planAdvice.title)}</summary>
        <ul>
          {planAdvice.items.map((item) => (
            <li key={item.id}>
              <ContentText text={item.text} />
            </li>
          ))}
        </ul>
        <SourceNote sources={planAdvice.sources} />
      </details>
      <TaskList tasks={tasks} label={t('plan.worksheetsLabel')} />
      <h2>{t('plan.check')}</h2>
      <p>{t('plan.checkHint')}</p>
      <Link className="button" to={checkPath(dossier.id)}>
        {t('plan.check')}
      </Link>
    </div>
  );
}
