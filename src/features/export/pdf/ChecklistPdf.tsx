import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ChecklistDocument } from '../../../domain/checklistDocument';
import { pdfStyles, type PdfStyles } from '../../../pdf/theme';

export interface ChecklistPdfText {
  title: string;
  for: string;
  madeOn: string;
  ownQuestions: string;
  companions: string;
  dates: string;
  notes: string;
  page: (page: number, total: number) => string;
  subject: string;
}

function Box({ s, children }: { s: PdfStyles; children: string }) {
  return (
    <View style={s.row} wrap={false}>
      <View style={s.box} />
      <Text style={s.rowText}>{children}</Text>
    </View>
  );
}

/** The brochure's checklist to take along: a real empty box before every point, and lines for notes. */
export function ChecklistPdf({
  doc,
  text,
  largePrint,
  language,
}: {
  doc: ChecklistDocument;
  text: ChecklistPdfText;
  largePrint: boolean;
  language: string;
}) {
  const s = pdfStyles(largePrint);
  return (
    <Document
      title={`${text.title}: ${doc.name}`}
      subject={text.subject}
      language={language}
      creator="Aan tafel"
      producer="Aan tafel"
    >
      <Page size="A4" style={s.page}>
        <View style={s.header}>
          <Text style={s.title}>{text.title}</Text>
          <Text style={s.meta}>{text.for}</Text>
          <Text style={s.meta}>{text.madeOn}</Text>
        </View>
        {doc.ownQuestions.length > 0 && (
          <View>
            <Text style={s.h2}>{text.ownQuestions}</Text>
            {doc.ownQuestions.map((q, i) => (
              <Box key={i} s={s}>
                {q}
              </Box>
            ))}
          </View>
        )}
        {doc.companions && (
          <View>
            <Text style={s.h2}>{text.companions}</Text>
            <Text>{doc.companions}</Text>
          </View>
        )}
        {doc.dates.length > 0 && (
          <View>
            <Text style={s.h2}>{text.dates}</Text>
            {doc.dates.map((d) => (
              <Text key={`${d.date}${d.title}`} style={s.item}>
                {`${d.date}: ${d.title}`}
              </Text>
            ))}
          </View>
        )}
        {doc.sections.map((section) => (
          <View key={section.id}>
            <Text style={s.h2} minPresenceAhead={80}>
              {section.title}
            </Text>
            {section.items.map((item, i) => (
              <Box key={i} s={s}>
                {item}
              </Box>
            ))}
          </View>
        ))}
        <View wrap={false}>
          <Text style={s.h2}>{text.notes}</Text>
          {Array.from({ length: doc.noteLines }, (_, i) => (
            <View key={i} style={s.line} />
          ))}
        </View>
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) => text.page(pageNumber, totalPages)}
        />
      </Page>
    </Document>
  );
}
