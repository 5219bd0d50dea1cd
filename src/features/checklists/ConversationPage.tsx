import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { SaveStatusMessage } from '../../components/SaveStatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { during } from '../../content/during';
import { keepScreenOn } from '../../lib/wakeLock';
import { useDossierContext, useSaveStatus } from '../../storage/hooks';
import { EssentialsFirst } from './EssentialsFirst';
import { OwnQuestionTicks } from './OwnQuestionTicks';
import { QuickNotes } from './QuickNotes';

/** The phases that happen at the table; "voor het gesprek" is done by then. */
const atTheTable = during.phases.filter((p) => p.id !== 'voor-het-gesprek');

/**
 * Gespreksmodus: a calm page for a phone on the kitchen table. Large text, no menu, the note box
 * first, then her own questions and the few points that matter most, one tap per tick; the other
 * points fold under "Meer tips". The screen is kept on where the browser allows it.
 */
export function ConversationPage() {
  const { t } = useTranslation();
  const { dossier } = useDossierContext();
  const status = useSaveStatus();
  usePageTitle(t('conversation.title'));
  useEffect(() => keepScreenOn(), []);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.conversation = 'on';
    return () => {
      delete root.dataset.conversation;
    };
  }, []);

  return (
    <div className="prose conversation">
      <p>
        <Link to={`/dossiers/${dossier.id}/tijdens`}>{t('conversation.stop')}</Link>
      </p>
      <PageHeading caption={dossierCaption(dossier, t)}>{t('conversation.title')}</PageHeading>
      <QuickNotes />
      <OwnQuestionTicks />
      <EssentialsFirst sections={atTheTable} prefix="during" />
      <SaveStatusMessage status={status} />
    </div>
  );
}
