import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { PartDoneForm } from '../../components/PartDoneForm';
import { usePageTitle } from '../../components/usePageTitle';
import { chain } from '../../content/chain';
import { flushSaves } from '../../storage/autosave';
import { useAutosave, useDossierContext } from '../../storage/hooks';
import { questionPath } from './questionText';

export function QuestionsDonePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { dossier, entries } = useDossierContext();
  const save = useAutosave(dossier.id);
  usePageTitle(t('question.doneTitle'));
  const last = chain[chain.length - 1];
  const lastAnswer = last ? entries.answers[last.id] : undefined;
  const back = last
    ? questionPath(dossier.id, last.id, !!lastAnswer && lastAnswer !== 'ja')
    : `/dossiers/${dossier.id}`;
  const current = entries.parts.vragen;
  return (
    <div className="prose">
      <BackLink to={back} />
      <PageHeading caption={dossierCaption(dossier, t)}>{t('question.doneTitle')}</PageHeading>
      <PartDoneForm
        initial={current === undefined ? undefined : current === 'klaar'}
        onSubmit={(done) => {
          save('part:vragen', done ? 'klaar' : 'bezig');
          void flushSaves().then(() => navigate(`/dossiers/${dossier.id}`));
        }}
      />
    </div>
  );
}
