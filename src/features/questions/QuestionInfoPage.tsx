import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ContentText } from '../../components/ContentText';
import { dossierCaption } from '../../components/dossierName';
import { MarkToggle } from '../../components/MarkToggle';
import { PageHeading } from '../../components/PageHeading';
import { ReadAloud } from '../../components/ReadAloud';
import { SaveStatusMessage } from '../../components/SaveStatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { chain } from '../../content/chain';
import type { Question } from '../../content/schema';
import { afterInfo } from '../../domain/chain';
import { useDossierContext, useSaveStatus } from '../../storage/hooks';
import { InfoFolds } from './InfoFolds';
import { QuestionMissing } from './QuestionMissing';
import { stepPath } from './QuestionPage';
import { questionPath, useChainVoice, useQuestionText } from './questionText';
import { useQuestionMark } from './useQuestionMark';

/**
 * After "Nee" or "Weet ik niet zeker": the short answer first and "Verder" close below it
 * (issue 17, item 2); the explanations, lists, films and sources fold open on request.
 */
export function QuestionInfoPage() {
  const { questionId = '' } = useParams();
  const question = chain.find((q) => q.id === questionId);
  if (!question) return <QuestionMissing />;
  return <QuestionInfo key={question.id} question={question} />;
}

function QuestionInfo({ question }: { question: Question }) {
  const { t } = useTranslation();
  const { dossier } = useDossierContext();
  const status = useSaveStatus();
  const text = useQuestionText()(question, dossier);
  const voice = useChainVoice();
  const [marked, setMarked] = useQuestionMark(question);
  const title = t('question.infoTitle', { number: chain.indexOf(question) + 1 });
  usePageTitle(title);
  const readable = useRef<HTMLDivElement>(null);

  return (
    <div className="prose">
      <BackLink to={questionPath(dossier.id, question.id)} />
      <div ref={readable}>
        <PageHeading caption={dossierCaption(dossier, t)}>{title}</PageHeading>
        <ReadAloud target={readable} />
        <p className="lead">{text}</p>
        <section className="short-answer" aria-labelledby="short-answer">
          <h2 id="short-answer" className="short-answer__title">
            {t('question.shortAnswer')}
          </h2>
          <p className="short-answer__hint" data-no-read>
            {t('question.infoLead')}
          </p>
          <ContentText text={voice(question.shortAnswer.body, question.shortAnswer.bodyOther)} />
        </section>
        <InfoFolds question={question} />
      </div>
      <div className="button-row">
        <Link className="button" to={stepPath(dossier.id, afterInfo(chain, question.id))}>
          {t('question.continue')}
        </Link>
        <MarkToggle marked={marked} onToggle={setMarked} label={text} />
      </div>
      <SaveStatusMessage status={status} />
    </div>
  );
}
