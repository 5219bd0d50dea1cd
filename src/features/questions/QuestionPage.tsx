import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierCaption } from '../../components/dossierName';
import { ErrorSummary } from '../../components/ErrorSummary';
import { MarkToggle } from '../../components/MarkToggle';
import { ReadAloud } from '../../components/ReadAloud';
import { Radios } from '../../components/Radios';
import { SaveStatusMessage } from '../../components/SaveStatusMessage';
import { useLocalize } from '../../components/useLocalize';
import { usePageTitle } from '../../components/usePageTitle';
import { chain } from '../../content/chain';
import { afterAnswer, stepBefore, type ChainAnswer, type ChainStep } from '../../domain/chain';
import { stripMarkup } from '../../domain/readability';
import { flushSaves } from '../../storage/autosave';
import { useAutosave, useDossierContext, useSaveStatus } from '../../storage/hooks';
import type { Question } from '../../content/schema';
import { QuestionMissing } from './QuestionMissing';
import { questionPath, useQuestionText } from './questionText';
import { useQuestionMark } from './useQuestionMark';

export function stepPath(dossierId: string, step: ChainStep | null): string {
  if (!step) return `/dossiers/${dossierId}`;
  if (step.kind === 'end') return `/dossiers/${dossierId}/vragen/klaar`;
  return questionPath(dossierId, step.id, step.kind === 'info');
}

export function QuestionPage() {
  const { questionId = '' } = useParams();
  const question = chain.find((q) => q.id === questionId);
  if (!question) return <QuestionMissing />;
  return <QuestionForm key={question.id} question={question} />;
}

function QuestionForm({ question }: { question: Question }) {
  const questionId = question.id;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { dossier, entries } = useDossierContext();
  const status = useSaveStatus();
  const index = chain.indexOf(question);
  const text = useQuestionText()(question, dossier);
  const l = useLocalize();
  const hint = question.hint && stripMarkup(l(question.hint)).replace(/\*/g, '');
  const [answer, setAnswer] = useState<ChainAnswer | undefined>(entries.answers[questionId]);
  const [showError, setShowError] = useState(false);
  const [marked, setMarked] = useQuestionMark(question);
  const save = useAutosave(dossier.id);
  const error = showError && !answer ? t('question.required') : undefined;
  // The browser keeps titles in its history (issue 16): for someone else, the number, not the name.
  const caption = t('question.caption', { number: index + 1, total: chain.length });
  usePageTitle(dossier.subject === 'other' ? caption : text, !!error);

  const options = (['ja', 'nee', 'weet-niet'] as const).map((value) => ({
    value,
    label: t(`question.${value}`),
  }));
  const back = stepPath(dossier.id, stepBefore(chain, questionId, entries.answers));

  return (
    <div className="prose">
      <BackLink to={back} />
      <ErrorSummary errors={error ? [{ fieldId: 'antwoord', message: error }] : []} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!answer) return setShowError(true);
          save(`answer:${questionId}`, answer);
          void flushSaves().then(() =>
            navigate(stepPath(dossier.id, afterAnswer(chain, questionId, answer))),
          );
        }}
      >
        <p className="caption">
          {dossierCaption(dossier, t)} · {caption}
        </p>
        <Radios
          name="antwoord"
          legend={text}
          legendIsPageHeading
          options={options}
          value={answer}
          onChange={setAnswer}
          error={error}
          {...(hint ? { hint } : {})}
        />
        {/* Under the question: the heading sits inside the legend, where a button cannot go. */}
        <ReadAloud text={() => [text, hint].filter(Boolean).join('\n')} />
        <div className="button-row">
          <button type="submit" className="button">
            {t('question.continue')}
          </button>
          <MarkToggle marked={marked} onToggle={setMarked} label={text} />
        </div>
      </form>
      <SaveStatusMessage status={status} />
    </div>
  );
}
