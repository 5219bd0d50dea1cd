import type { TFunction } from 'i18next';
import type { PlanDocument } from '../../domain/planDocument';

/** Which version this is, as on page 1 of the PDF: outlined for the gemeente, dark for myself. */
export function VersionMark({ doc, t }: { doc: PlanDocument; t: TFunction }) {
  return doc.version === 'zelf' ? (
    <p className="plan-mark plan-mark--zelf">{t('pdf.doc.markZelf')}</p>
  ) : (
    <p className="plan-mark">{t('pdf.doc.markGemeente')}</p>
  );
}

/** Whose plan, the melding, the date and who helped: the lines under the title. */
export function PlanMetaLines({ doc, t }: { doc: PlanDocument; t: TFunction }) {
  return (
    <>
      <p>{t('pdf.doc.for', { name: doc.meta.name })}</p>
      {doc.meta.meldingDate && <p>{t('pdf.doc.melding', { date: doc.meta.meldingDate })}</p>}
      <p>{t('pdf.doc.madeOn', { date: doc.meta.madeOn })}</p>
      {doc.meta.helper && <p>{t('pdf.doc.helper', { name: doc.meta.helper })}</p>}
      {doc.version === 'zelf' && <p className="inset">{t('pdf.doc.versionZelf')}</p>}
    </>
  );
}

/**
 * The numbered sections, each a heading and a list of label and answer. A list (not a <dl>):
 * the browser's "Opslaan als PDF" tags lists, and drops description lists to plain text.
 */
export function PlanSections({
  doc,
  t,
  heading: Heading,
}: {
  doc: PlanDocument;
  t: TFunction;
  heading: 'h2' | 'h4';
}) {
  return doc.sections.map((section, i) => (
    <section key={section.id} className="plan-section">
      <Heading>{`${i + 1}. ${section.title}`}</Heading>
      <ul className="plan-items">
        {section.items.map((item) => (
          <li key={item.id} className="pdf-preview__item">
            <span className="plan-items__label">
              {item.label}
              {item.private && doc.version === 'zelf' && (
                <span className="tag tag--private">{t('pdf.doc.privateTag')}</span>
              )}
            </span>
            <span className="plan-items__text">{item.text}</span>
          </li>
        ))}
      </ul>
    </section>
  ));
}
