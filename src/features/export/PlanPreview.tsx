import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '../../domain/planDocument';
import { PlanMetaLines, PlanSections, VersionMark } from './PlanParts';

/** Exactly what the chosen version of the PDF contains, before it is downloaded. */
export function PlanPreview({
  doc,
  language,
  largePrint,
}: {
  doc: PlanDocument;
  language: string;
  largePrint: boolean;
}) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  return (
    <section
      className={largePrint ? 'pdf-preview pdf-preview--large' : 'pdf-preview'}
      aria-label={t('pdf.previewLabel')}
      lang={language}
    >
      <VersionMark doc={doc} t={t} />
      <p className="pdf-preview__title">{t('pdf.doc.planTitle')}</p>
      <PlanMetaLines doc={doc} t={t} />
      <PlanSections doc={doc} t={t} heading="h4" />
    </section>
  );
}
