import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { ReadAloud } from '../../components/ReadAloud';
import { SaveStatusMessage } from '../../components/SaveStatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { chain } from '../../content/chain';
import { afterInfo } from '../../domain/chain';
import { useDossierContext, useSaveStatus } from '../../storage/hooks';
import { InfoBlockView } from './InfoBlockView';
import { QuestionMissing } from './QuestionMissing';
import { stepPath } from './QuestionPage';
import { questionPath, useQuestionText } from './questionText';

/** After "Nee" or "Weet ik niet zeker": the explanation, the checks and the to-dos. */
export function QuestionInfoPage() {
  const { questionId = '' } = useParams();
  const { t } = useTranslation();
  const { dossier } = useDossierContext();
  const status = useSaveStatus();
  const questionText = useQuestionText();
  const question = chain.find((q) => q.id === questionId);
  const number = question ? chain.indexOf(question) + 1 : 0;
  const title = t('question.infoTitle', { number });
  usePageTitle(title);
  const readable = useRef<HTMLDivElement>(null);
  if (!question) return <QuestionMissing />;

  return (
    <div className="prose">
      <BackLink to={questionPath(dossier.id, question.id)} />
      <div ref={readable}>
        <PageHeading caption={dossierCaption(dossier, t)}>{title}</PageHeading>
        <ReadAloud target={readable} />
        <p className="lead">{questionText(question, dossier)}</p>
        <p>{t('question.infoLead')}</p>
        {question.blocks.map((block) => (
          <InfoBlockView key={block.id} block={block} />
        ))}
      </div>
      <Link className="button" to={stepPath(dossier.id, afterInfo(chain, question.id))}>
        {t('question.continue')}
      </Link>
      <SaveStatusMessage status={status} />
    </div>
  );
}
