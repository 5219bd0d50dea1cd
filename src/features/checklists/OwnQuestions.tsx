import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField';
import type { WorksheetValue } from '../../storage/entries';
import { useDossierContext, useEntryState } from '../../storage/hooks';

const questionsMax = 1500;
const companionsMax = 300;

/** The resident's own questions and who comes along: they go on the checklist PDF. */
export function OwnQuestions() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="own-questions-title" className="own-questions">
      <h2 id="own-questions-title">{t('ownQuestions.title')}</h2>
      <NoteField
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

function NoteField({
  id,
  label,
  hint,
  max,
}: {
  id: string;
  label: string;
  hint: string;
  max: number;
}) {
  const { dossier, entries } = useDossierContext();
  const fallback: WorksheetValue = { private: false };
  const [value, setValue] = useEntryState(dossier.id, `ws:${id}`, entries.worksheet[id], fallback);
  const text = value.text ?? '';
  return (
    <TextAreaField
      id={`note-${id}`}
      label={label}
      hint={hint}
      maxLength={max}
      length={text.length}
      value={text}
      rows={id === 'meegaan' ? 2 : 5}
      onChange={(e) => setValue({ text: e.target.value, private: false })}
    />
  );
}
