import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { PlanDocument } from '../../../domain/planDocument';
import { PageFooter, PlanSections } from '../../../pdf/PlanBody';
import { pdfStyles } from '../../../pdf/theme';

export interface PlanPdfText {
  title: string;
  /** Which version this is, first on page 1: "Versie voor de gemeente". */
  mark: string;
  /** The version in a few words, for the document title: "versie voor de gemeente". */
  versionName: string;
  for: string;
  melding?: string;
  madeOn: string;
  helper?: string;
  versionNote?: string;
  privateTag: string;
  page: (page: number, total: number) => string;
  subject: string;
}

/** The persoonlijk plan, following the brochure's order, as a careful person would type it. */
export function PlanPdf({
  doc,
  text,
  largePrint,
  language,
}: {
  doc: PlanDocument;
  text: PlanPdfText;
  largePrint: boolean;
  language: string;
}) {
  const s = pdfStyles(largePrint);
  return (
    <Document
      title={`${text.title}, ${text.versionName}: ${doc.meta.name}`}
      subject={text.subject}
      language={language}
      creator="Aan tafel"
      producer="Aan tafel"
    >
      <Page size="A4" style={s.page}>
        <View style={s.header}>
          {/* The two versions must never be mistaken for each other, even on a quick look. */}
          <Text style={doc.version === 'zelf' ? [s.mark, s.markStrong] : s.mark}>{text.mark}</Text>
          <Text style={s.title}>{text.title}</Text>
          <Text style={s.meta}>{text.for}</Text>
          {text.melding && <Text style={s.meta}>{text.melding}</Text>}
          <Text style={s.meta}>{text.madeOn}</Text>
          {text.helper && <Text style={s.meta}>{text.helper}</Text>}
          {text.versionNote && <Text style={s.notice}>{text.versionNote}</Text>}
        </View>
        <PlanSections doc={doc} s={s} privateTag={text.privateTag} />
        <PageFooter s={s} page={text.page} />
      </Page>
    </Document>
  );
}
