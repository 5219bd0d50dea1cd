import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { PartDoneForm } from '../../components/PartDoneForm';
import { usePageTitle } from '../../components/usePageTitle';
import { chain } from '../../content/chain';
import { useDossierContext, usePartDone } from '../../storage/hooks';
import { questionPath } from './questionText';

export function QuestionsDonePage() {
  const { t } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const partDone = usePartDone(dossier.id, 'vragen');
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
        onSubmit={partDone}
      />
    </div>
  );
}
