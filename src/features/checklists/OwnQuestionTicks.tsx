import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CheckItem } from '../../components/CheckItem';
import { isQuestionId, ownQuestions } from '../../domain/ownQuestions';
import { useDossierContext, useEntryState } from '../../storage/hooks';
import { ownQuestionIdsKey, ownTickPrefix, rekeyOwnQuestions } from '../../storage/ownQuestionKeys';

const idsId = ownQuestionIdsKey.slice('chosen:'.length);
const tickId = ownTickPrefix.slice('tick:'.length);

/** The resident's own questions, one per line, ticked as they are discussed. */
export function OwnQuestionTicks() {
  const { t } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const questions = ownQuestions(
    entries.worksheet['eigen-vragen']?.text ?? '',
    entries.chosen[idsId],
  );
  // Questions without ids (from an older version or an older backup) get them now.
  const needsIds =
    questions.some((q) => q.id === undefined) ||
    Object.keys(entries.ticks).some(
      (k) => k.startsWith(tickId) && !isQuestionId(k.slice(tickId.length)),
    );
  useEffect(() => {
    if (needsIds) void rekeyOwnQuestions(dossier.id).catch(() => undefined);
  }, [needsIds, dossier.id]);
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
        questions.map((q, i) =>
          q.id === undefined ? (
            <p key={`line-${i}`}>{q.text}</p>
          ) : (
            <QuestionTick key={q.id} id={q.id} text={q.text} />
          ),
        )
      )}
    </fieldset>
  );
}

function QuestionTick({ id, text }: { id: string; text: string }) {
  const { dossier, entries } = useDossierContext();
  const key = `${tickId}${id}`;
  const [checked, setChecked] = useEntryState(dossier.id, `tick:${key}`, entries.ticks[key], false);
  return (
    <CheckItem id={`tick-${key}`} checked={checked} onChange={setChecked}>
      {text}
    </CheckItem>
  );
}
