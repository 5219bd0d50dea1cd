import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ContentText } from '../../components/ContentText';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { PartDoneForm } from '../../components/PartDoneForm';
import { SaveStatusMessage } from '../../components/SaveStatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { after } from '../../content/after';
import { during } from '../../content/during';
import { useDossierContext, useSaveStatus, usePartDone } from '../../storage/hooks';
import { EssentialsFirst } from './EssentialsFirst';
import { OwnQuestions } from './OwnQuestions';
import { NotesFromConversation } from './SavedNotes';

const lists = {
  tijdens: {
    prefix: 'during',
    sections: during.phases,
    intro: during.intro,
    title: 'info.sections.during.title',
  },
  na: {
    prefix: 'after',
    sections: after.sections,
    intro: after.intro,
    title: 'info.sections.after.title',
  },
} as const;

/**
 * The tijdens or na checklist inside a dossier: every point can be ticked, and ticks are saved.
 * "Na het gesprek" starts with the notes from the gespreksmodus.
 */
export function DossierChecklistPage({ part }: { part: keyof typeof lists }) {
  const { t } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const partDone = usePartDone(dossier.id, part);
  const status = useSaveStatus();
  const list = lists[part];
  const title = t(list.title);
  usePageTitle(title);

  return (
    <div className="prose">
      <BackLink to={`/dossiers/${dossier.id}`} />
      <PageHeading caption={dossierCaption(dossier, t)}>{title}</PageHeading>
      <ContentText text={list.intro} />
      {part === 'tijdens' && (
        <div className="inset">
          <p>{t('conversation.startHint')}</p>
          <Link className="button" to={`/dossiers/${dossier.id}/gesprek`}>
            {t('conversation.start')}
          </Link>
        </div>
      )}
      {part === 'tijdens' && <OwnQuestions />}
      {part === 'na' && <NotesFromConversation lead={t('checklist.notes.leadAfter')} />}
      {part === 'na' && (
        <div className="inset">
          <p>{t('verslagCheck.linkHint')}</p>
          <Link className="button" to={`/dossiers/${dossier.id}/verslag`}>
            {t('verslagCheck.link')}
          </Link>
        </div>
      )}
      <p>{t('checklist.lead')}</p>
      <EssentialsFirst sections={list.sections} prefix={list.prefix} />
      <PartDoneForm
        initial={entries.parts[part] === undefined ? undefined : entries.parts[part] === 'klaar'}
        onSubmit={partDone}
      />
      <SaveStatusMessage status={status} />
    </div>
  );
}
