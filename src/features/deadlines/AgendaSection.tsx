import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalize } from '../../components/useLocalize';
import { deadlineTexts } from '../../content/deadlines';
import type { Deadline } from '../../domain/deadlines';
import { stripMarkup } from '../../domain/readability';
import { localeOf, type UiLanguage } from '../../i18n/i18n';
import { formatIsoLong } from '../../lib/formatDate';
import { useDossierContext } from '../../storage/hooks';
import { calendarFile, type CalendarItem } from './calendarFile';
import { downloadBlob } from '../../lib/downloadBlob';
import { StatusMessage } from '../../components/StatusMessage';

/** "Zet in je agenda": an .ics file with reminders, or a plain list to copy. */
export function AgendaSection({ deadlines }: { deadlines: readonly Deadline[] }) {
  const { t, i18n } = useTranslation();
  const l = useLocalize();
  const { dossier } = useDossierContext();
  const textId = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean }>({
    text: '',
    error: false,
  });
  const locale = localeOf[i18n.language as UiLanguage];
  const rows = deadlines.flatMap((d) => {
    const text = deadlineTexts.deadlines.find((x) => x.id === d.id);
    return text
      ? [
          {
            d,
            title: l(text.title),
            explanation: stripMarkup(l(text.explanation)).replace(/\*/g, ''),
          },
        ]
      : [];
  });
  const list = rows
    .map(
      (r) =>
        `${formatIsoLong(r.d.date, locale)}: ${r.title} (${t(`timeline.owner.${r.d.owner}`).toLowerCase()})`,
    )
    .join('\n');

  const download = async () => {
    const items: CalendarItem[] = rows.map((r) => ({
      uid: `${dossier.id}-${r.d.id}@aantafel`,
      date: r.d.date,
      title: t('timeline.eventTitle', { title: r.title }),
      description: r.explanation,
      reminder: t('timeline.reminder', { title: r.title }),
    }));
    try {
      downloadBlob(
        new Blob([await calendarFile(items, t('app.name'))], { type: 'text/calendar' }),
        'aan-tafel-termijnen.ics',
      );
      setMessage({ text: '', error: false });
    } catch {
      setMessage({ text: t('timeline.icsFailed'), error: true });
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(list);
      setMessage({ text: t('timeline.copied'), error: false });
    } catch {
      setMessage({ text: t('timeline.copyFailed'), error: true });
    }
  };

  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('timeline.agendaTitle')}</h2>
      <p>{t('timeline.icsHint')}</p>
      <button type="button" className="button" onClick={() => void download()}>
        {t('timeline.ics')}
      </button>
      <h3>{t('timeline.copyTitle')}</h3>
      <label className="field__label" htmlFor={textId}>
        {t('timeline.copyLabel')}
      </label>
      <textarea
        id={textId}
        className="field__input field__textarea agenda-text"
        readOnly
        value={list}
        rows={rows.length + 1}
      />
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('timeline.copy')}
      </button>
      <StatusMessage error={message.error}>{message.text}</StatusMessage>
    </section>
  );
}
