import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '../../domain/planDocument';

/** Exactly what the chosen version of the PDF contains, before it is downloaded. */
export function PlanPreview({ doc, language }: { doc: PlanDocument; language: string }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  return (
    <section className="pdf-preview" aria-label={t('pdf.previewLabel')} lang={language}>
      <p className="pdf-preview__title">{t('pdf.doc.planTitle')}</p>
      <p>{t('pdf.doc.for', { name: doc.meta.name })}</p>
      {doc.meta.meldingDate && <p>{t('pdf.doc.melding', { date: doc.meta.meldingDate })}</p>}
      <p>{t('pdf.doc.madeOn', { date: doc.meta.madeOn })}</p>
      {doc.meta.helper && <p>{t('pdf.doc.helper', { name: doc.meta.helper })}</p>}
      {doc.version === 'zelf' && <p className="inset">{t('pdf.doc.versionZelf')}</p>}
      {doc.sections.map((section, i) => (
        <div key={section.id}>
          <h4>{`${i + 1}. ${section.title}`}</h4>
          <dl>
            {section.items.map((item) => (
              <div key={item.id} className="pdf-preview__item">
                <dt>
                  {item.label}
                  {item.private && doc.version === 'zelf' && (
                    <span className="tag tag--private">{t('pdf.doc.privateTag')}</span>
                  )}
                </dt>
                <dd>{item.text}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
