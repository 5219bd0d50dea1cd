import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { PlanDocument } from '../../domain/planDocument';
import { PageFooter, PlanSections } from '../../pdf/PlanBody';
import { pdfBodySize, pdfStyles } from '../../pdf/theme';

export interface ExamplePlanPdfText {
  /** "Voorbeeld: dit is geen echt plan", first on page 1. */
  mark: string;
  title: string;
  for: string;
  madeOn: string;
  /** Who she is, and that she does not exist. */
  notice: string;
  /** "Voorbeeld", at the top of every page. */
  pageMark: string;
  page: (page: number, total: number) => string;
  documentTitle: string;
  subject: string;
}

const base = pdfBodySize(false);
const own = StyleSheet.create({
  // Above the page's top padding, on every page: a page found on its own still says "example".
  pageMark: {
    position: 'absolute',
    top: 16,
    right: 50,
    fontSize: base,
    fontWeight: 700,
    color: '#111111',
  },
});

/**
 * The example plan, laid out as a real plan (the same theme, the brochure's order), but marked as
 * an example on page 1, at the top of every page and in every footer: it can never be taken for
 * a resident's own plan. Normal print only; it shows what a plan looks like.
 */
export function ExamplePlanPdf({
  doc,
  text,
  language,
}: {
  doc: PlanDocument;
  text: ExamplePlanPdfText;
  language: string;
}) {
  const s = pdfStyles(false);
  return (
    <Document
      title={text.documentTitle}
      subject={text.subject}
      language={language}
      creator="Aan tafel"
      producer="Aan tafel"
    >
      <Page size="A4" style={s.page}>
        <Text style={own.pageMark} fixed>
          {text.pageMark}
        </Text>
        <View style={s.header}>
          <Text style={[s.mark, s.markStrong]}>{text.mark}</Text>
          <Text style={s.title}>{text.title}</Text>
          <Text style={s.meta}>{text.for}</Text>
          <Text style={s.meta}>{text.madeOn}</Text>
          <Text style={s.notice}>{text.notice}</Text>
        </View>
        <PlanSections doc={doc} s={s} />
        <PageFooter s={s} page={text.page} />
      </Page>
    </Document>
  );
}
