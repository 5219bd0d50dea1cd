import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { PrintButton } from '../../components/PrintButton';
import { usePageTitle } from '../../components/usePageTitle';
import { checklistFromEntries } from '../../content/checklistFromEntries';
import type { ChecklistDocument, ChecklistPart } from '../../domain/checklistDocument';
import { localeOf } from '../../i18n/i18n';
import { todayIso } from '../../lib/today';
import { useDossierContext } from '../../storage/hooks';

const parts: readonly ChecklistPart[] = ['during', 'after'];

/**
 * The checklist as a plain page to print (issue 17, item 15): real headings and lists, so that
 * the browser's own "Opslaan als PDF" makes a tagged PDF a screen reader can read. It holds what
 * the designed PDF holds; the other tips are folded under "Meer tips" and print only when open.
 */
export function PrintableChecklistPage() {
  const { t, i18n } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const doc = checklistFromEntries({
    entries,
    name: entries.worksheet.naam?.text?.trim() || dossier.personName,
    language,
    locale: localeOf[language],
    today: todayIso(),
    t,
  });
  const title = t('pdf.doc.checklistTitle');
  usePageTitle(title);

  return (
    <div className="prose printable">
      <BackLink to={`/dossiers/${dossier.id}/pdf`} />
      <PageHeading>{title}</PageHeading>
      <div className="inset print-hide">
        <p>{t('checklist.print.intro')}</p>
        <p>{t('checklist.print.how')}</p>
        <PrintButton />
      </div>
      <p className="printable__meta">
        {doc.name && (
          <>
            {t('pdf.doc.for', { name: doc.name })}
            <br />
          </>
        )}
        {t('pdf.doc.madeOn', { date: doc.madeOn })}
      </p>
      <YourPart doc={doc} />
      {parts.map((part) => {
        const lead = doc.sections.filter((s) => s.part === part).flatMap((s) => s.lead);
        return (
          lead.length > 0 && (
            <section key={part} aria-labelledby={`print-${part}`}>
              <h2 id={`print-${part}`}>{t(`checklist.pdf.${part}`)}</h2>
              <Boxes items={lead} />
            </section>
          )
        );
      })}
      {doc.moreCount > 0 && (
        <details className="details more-tips">
          <summary>{t('checklist.more', { count: doc.moreCount })}</summary>
          <p className="print-hide">{t('checklist.print.moreHint')}</p>
          {doc.sections
            .filter((s) => s.more.length > 0)
            .map((s) => (
              <section key={s.id} aria-labelledby={`print-more-${s.id}`}>
                <h3 id={`print-more-${s.id}`}>{s.title}</h3>
                <Boxes items={s.more} />
              </section>
            ))}
        </details>
      )}
      {doc.moreCount > 0 && (
        <p className="print-only printable__more">
          {t('checklist.pdf.more', { count: doc.moreCount })}
        </p>
      )}
      {doc.notes.length > 0 && (
        <section aria-labelledby="print-notes">
          <h2 id="print-notes">{t('checklist.pdf.savedNotes')}</h2>
          <ol className="notes-list">
            {doc.notes.map((n, i) => (
              <li key={i}>
                <span className="muted">{n.when}</span>
                <p>{n.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {doc.noteLines > 0 && (
        <section className="print-only" aria-labelledby="print-lines">
          <h2 id="print-lines">{t('pdf.doc.notes')}</h2>
          {Array.from({ length: doc.noteLines }, (_, i) => (
            <div key={i} className="print-line" />
          ))}
        </section>
      )}
    </div>
  );
}

/** What the resident wrote herself: her questions, who comes along, and her dates. */
function YourPart({ doc }: { doc: ChecklistDocument }) {
  const { t } = useTranslation();
  return (
    <>
      {doc.ownQuestions.length > 0 && (
        <section aria-labelledby="print-own">
          <h2 id="print-own">{t('pdf.doc.ownQuestions')}</h2>
          <Boxes items={doc.ownQuestions} />
        </section>
      )}
      {doc.companions && (
        <section aria-labelledby="print-companions">
          <h2 id="print-companions">{t('pdf.doc.companions')}</h2>
          <p>{doc.companions}</p>
        </section>
      )}
      {doc.dates.length > 0 && (
        <section aria-labelledby="print-dates">
          <h2 id="print-dates">{t('pdf.doc.dates')}</h2>
          <ul>
            {doc.dates.map((d) => (
              <li key={`${d.date}${d.title}`}>{`${d.date}: ${d.title}`}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** A list with an empty box before each point, to tick on paper. */
function Boxes({ items }: { items: readonly string[] }) {
  return (
    <ul className="checklist">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
