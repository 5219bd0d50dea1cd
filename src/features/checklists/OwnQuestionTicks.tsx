import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CheckItem } from '../../components/CheckItem';
import { splitQuestions } from '../../domain/ownQuestions';
import { useDossierContext, useEntryState } from '../../storage/hooks';

/** The resident's own questions, one per line, ticked as they are discussed. */
export function OwnQuestionTicks() {
  const { t } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const questions = splitQuestions(entries.worksheet['eigen-vragen']?.text ?? '');
  return (
    <fieldset className="fieldset checklist-section">
      <legend className="fieldset__legend">
        <h2>{t('conversation.ownTitle')}</h2>
      </legend>
      {questions.length === 0 ? (
        <p>
          {t('conversation.ownNone')}{' '}
          <Link to={`/dossiers/${dossier.id}/tijdens`}>{t('conversation.ownAdd')}</Link>
        </p>
      ) : (
        questions.map((q) => <QuestionTick key={q.id} id={q.id} text={q.text} />)
      )}
    </fieldset>
  );
}

function QuestionTick({ id, text }: { id: string; text: string }) {
  const { dossier, entries } = useDossierContext();
  const key = `eigen:${id}`;
  const [checked, setChecked] = useEntryState(dossier.id, `tick:${key}`, entries.ticks[key], false);
  return (
    <CheckItem id={`tick-${key}`} checked={checked} onChange={setChecked}>
      {text}
    </CheckItem>
  );
}
