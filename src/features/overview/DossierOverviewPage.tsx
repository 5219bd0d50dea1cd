import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { TaskList, type Task } from '../../components/TaskList';
import { usePageTitle } from '../../components/usePageTitle';
import { chain } from '../../content/chain';
import { firstOpenQuestion } from '../../domain/chain';
import { markedQuestions } from '../../domain/questionMarks';
import { comingSoon, parts, type PartId } from '../../lib/parts';
import { useDossierContext } from '../../storage/hooks';
import { BackupSection } from './BackupSection';
import { NextStep } from './NextStep';
import { partStatuses } from './partStatuses';

export function DossierOverviewPage() {
  const { t } = useTranslation();
  const { dossier, entries } = useDossierContext();
  usePageTitle(t('overview.title'));
  const base = `/dossiers/${dossier.id}`;
  const status = partStatuses(entries);
  const hrefs: Record<PartId, string> = {
    vragen: `${base}/vragen/${firstOpenQuestion(chain, entries.answers) ?? chain[0]?.id ?? ''}`,
    plan: `${base}/plan`,
    data: `${base}/data`,
    pdf: `${base}/pdf`,
    tijdens: `${base}/tijdens`,
    na: `${base}/na`,
  };
  const tasks: Task[] = parts.map((id) =>
    comingSoon.has(id)
      ? {
          id,
          title: t(`overview.parts.${id}.title`),
          hint: t('overview.soon'),
          status: t('overview.status.soon'),
          statusKind: 'soon',
        }
      : {
          id,
          title: t(`overview.parts.${id}.title`),
          hint: t(`overview.parts.${id}.hint`),
          href: hrefs[id],
          status: t(`overview.status.${status[id]}`),
          statusKind: status[id],
        },
  );
  const done = tasks.filter((task) => task.statusKind === 'klaar').length;
  const available = tasks.filter((task) => task.statusKind !== 'soon').length;
  // One mark per question; an old mark on a block counts for its question (questionMarks.ts).
  const marked = markedQuestions(chain, entries.marks).length;

  return (
    <div className="prose">
      <PageHeading caption={dossierCaption(dossier, t)}>{t('overview.title')}</PageHeading>
      <NextStep />
      {dossier.helperName && <p>{t('overview.helper', { name: dossier.helperName })}</p>}
      <p>
        <strong>{t('overview.summary', { done, total: available })}</strong>
      </p>
      <TaskList tasks={tasks} label={t('overview.partsLabel')} />
      {/* Below the parts, so that the first part is on her first screen (issue 17). */}
      <p>{t('overview.lead')}</p>
      <BackupSection />
      <h2>{t('letters.overviewLink')}</h2>
      <p>{t('letters.overviewHint')}</p>
      <p>
        <Link to={`${base}/brieven`}>{t('letters.overviewLink')}</Link>
      </p>
      <h2>{t('overview.review')}</h2>
      <p>{t('overview.reviewCount', { count: marked })}</p>
      <p>
        <Link to={`${base}/teruglezen`}>{t('overview.review')}</Link>
      </p>
      <h2>{t('overview.manage')}</h2>
      <ul>
        <li>
          <Link to={`${base}/naam`}>{t('dossiers.rename')}</Link>
        </li>
        <li>
          <Link to={`${base}/verwijderen`}>{t('dossiers.delete')}</Link>
        </li>
      </ul>
    </div>
  );
}
