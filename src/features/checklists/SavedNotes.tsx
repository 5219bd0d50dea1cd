import { useTranslation } from 'react-i18next';
import { conversationNotes, noteWhen } from '../../content/checklistFromEntries';
import type { NoteList } from '../../storage/entries';
import { useDossierContext } from '../../storage/hooks';

/** At the table only the time matters; a note from another day keeps its date in full. */
function whenAtTheTable(iso: string, locale: string, now: Date): string {
  const at = new Date(iso);
  return at.toDateString() === now.toDateString()
    ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at)
    : noteWhen(iso, locale);
}

/** The notes saved in the gespreksmodus, each with when it was written. */
export function NoteItems({ notes }: { notes: NoteList }) {
  const { i18n } = useTranslation();
  const now = new Date();
  return (
    <ol className="notes-list">
      {notes.map((n) => (
        <li key={n.at}>
          <time dateTime={n.at} className="muted">
            {whenAtTheTable(n.at, i18n.language, now)}
          </time>
          <p>{n.text}</p>
        </li>
      ))}
    </ol>
  );
}

/**
 * The notes from the gespreksmodus, shown where the resident needs them after the gesprek: on
 * "Na het gesprek" and beside the verslag (issue 17, item 6). A note that was typed but never
 * saved is shown too, marked as such. Nothing is shown when there are no notes.
 */
export function NotesFromConversation({ lead }: { lead: string }) {
  const { t, i18n } = useTranslation();
  const { entries } = useDossierContext();
  const notes = conversationNotes(entries, i18n.language, t('checklist.notes.draft'));
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="conversation-notes-title" className="conversation-notes">
      <h2 id="conversation-notes-title">{t('checklist.notes.title')}</h2>
      <p>{lead}</p>
      <ol className="notes-list">
        {notes.map((n, i) => (
          <li key={i}>
            <span className="muted">{n.when}</span>
            <p>{n.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
