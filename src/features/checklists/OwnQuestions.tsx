import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField';
import { nextQuestionIds } from '../../domain/ownQuestions';
import type { WorksheetValue } from '../../storage/entries';
import { useDossierContext, useEntryState } from '../../storage/hooks';
import { ownQuestionIdsKey } from '../../storage/ownQuestionKeys';

const questionsMax = 1500;
const idsId = ownQuestionIdsKey.slice('chosen:'.length);
const companionsMax = 300;

/** The resident's own questions and who comes along: they go on the checklist PDF. */
export function OwnQuestions() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="own-questions-title" className="own-questions">
      <h2 id="own-questions-title">{t('ownQuestions.title')}</h2>
      <QuestionsField
        id="eigen-vragen"
        label={t('ownQuestions.questionsLabel')}
        hint={t('ownQuestions.questionsHint')}
        max={questionsMax}
      />
      <NoteField
        id="meegaan"
        label={t('ownQuestions.companionsLabel')}
        hint={t('ownQuestions.companionsHint')}
        max={companionsMax}
      />
    </section>
  );
}

interface NoteFieldProps {
  id: string;
  label: string;
  hint: string;
  max: number;
}

/** A note's stored value (a worksheet row, never private). */
function useNoteValue(id: string) {
  const { dossier, entries } = useDossierContext();
  const fallback: WorksheetValue = { private: false };
  return useEntryState(dossier.id, `ws:${id}`, entries.worksheet[id], fallback);
}

function NoteField(props: NoteFieldProps) {
  const [value, setValue] = useNoteValue(props.id);
  return (
    <NoteArea
      {...props}
      text={value.text ?? ''}
      onText={(text) => setValue({ text, private: false })}
    />
  );
}

/**
 * The questions, with a random id for every line saved next to the text: a tick is stored
 * under that id (issue 16, item 3). Ids follow the text as it was when the field got focus, so
 * that typing a new line above a question, letter by letter, leaves that question its id.
 */
function QuestionsField(props: NoteFieldProps) {
  const { dossier, entries } = useDossierContext();
  const [value, setValue] = useNoteValue(props.id);
  const [ids, setIds] = useEntryState(dossier.id, ownQuestionIdsKey, entries.chosen[idsId], []);
  const text = value.text ?? '';
  const base = useRef<{ text: string; ids: string[] } | null>(null);
  return (
    <NoteArea
      {...props}
      text={text}
      onFocus={() => {
        base.current = { text, ids };
      }}
      onBlur={() => {
        base.current = null;
      }}
      onText={(next) => {
        setValue({ text: next, private: false });
        setIds(nextQuestionIds(base.current ?? { text, ids }, next, () => crypto.randomUUID()));
      }}
    />
  );
}

function NoteArea({
  id,
  label,
  hint,
  max,
  text,
  onText,
  onFocus,
  onBlur,
}: NoteFieldProps & {
  text: string;
  onText: (text: string) => void;
  onFocus?: () => void;
  onBlur?: () => void;
}) {
  return (
    <TextAreaField
      id={`note-${id}`}
      label={label}
      hint={hint}
      maxLength={max}
      length={text.length}
      value={text}
      rows={id === 'meegaan' ? 2 : 5}
      onChange={(e) => onText(e.target.value)}
      onFocus={onFocus}
      onBlur={onBlur}
    />
  );
}
