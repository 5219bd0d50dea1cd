import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField';
import { conversationNotesId, noteDraftId } from '../../content/checklistFromEntries';
import type { NoteList, WorksheetValue } from '../../storage/entries';
import { useDossierContext, useEntryState } from '../../storage/hooks';
import { NoteItems } from './SavedNotes';

const noteMax = 2_000;

/**
 * Quick notes during the gesprek. What is typed autosaves as a draft; "Bewaar notitie" adds it
 * to the list with the time, so the resident can later see what was said when. The box comes
 * first and the saved notes under it, so that the box stays in view (issue 17, item 6).
 */
export function QuickNotes() {
  const { t } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const empty: WorksheetValue = { private: true };
  const [draft, setDraft] = useEntryState(
    dossier.id,
    `ws:${noteDraftId}`,
    entries.worksheet[noteDraftId],
    empty,
  );
  const [notes, setNotes] = useEntryState(
    dossier.id,
    `note:${conversationNotesId}`,
    entries.notes[conversationNotesId],
    [],
  );
  const [tooLong, setTooLong] = useState(false);
  const text = draft.text ?? '';

  const add = () => {
    if (text.trim() === '') return;
    if (text.length > noteMax) return setTooLong(true);
    setTooLong(false);
    const next: NoteList = [...notes, { at: new Date().toISOString(), text: text.trim() }];
    setNotes(next);
    setDraft({ text: '', private: true });
  };

  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t('conversation.notesTitle')}</h2>
      <TextAreaField
        id="quick-note"
        label={t('conversation.noteLabel')}
        hint={t('conversation.noteHint')}
        error={tooLong ? t('conversation.noteTooLong', { max: noteMax }) : undefined}
        maxLength={noteMax}
        length={text.length}
        value={text}
        rows={3}
        onChange={(e) => setDraft({ text: e.target.value, private: true })}
      />
      <button type="button" className="button" onClick={add}>
        {t('conversation.noteAdd')}
      </button>
      {notes.length > 0 && <NoteItems notes={notes} />}
    </section>
  );
}
