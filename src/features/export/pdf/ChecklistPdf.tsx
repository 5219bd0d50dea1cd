import type { ReactElement } from 'react';
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ChecklistDocument, ChecklistPart } from '../../../domain/checklistDocument';
import { pdfStyles, type PdfStyles } from '../../../pdf/theme';

export interface ChecklistPdfText {
  title: string;
  for: string;
  madeOn: string;
  ownQuestions: string;
  companions: string;
  dates: string;
  notes: string;
  /** Headings above the points that matter most: before and during, and after the gesprek. */
  parts: Record<ChecklistPart, string>;
  /** Heading above the notes saved in the gespreksmodus. */
  savedNotes: string;
  /** One line that says how many more points are in the app. */
  more: string;
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

const parts: readonly ChecklistPart[] = ['during', 'after'];

/**
 * The brochure's checklist to take along: a real empty box before every point, and lines for notes.
 * Only the points that matter most are printed, under two headings, so that a typical dossier fits
 * on 2 A4 pages at 12 pt; one line says the other tips are in the app (issue 17, item 14). At 12 pt
 * the other 69 points would need about three more pages, and smaller type is what she cannot read.
 * The notes from the gespreksmodus follow (item 6).
 */
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
          <Text style={s.meta}>{`${text.for} · ${text.madeOn}`}</Text>
        </View>
        <Part s={s} title={text.ownQuestions}>
          {doc.ownQuestions.map((q, i) => (
            <Box key={i} s={s}>
              {q}
            </Box>
          ))}
        </Part>
        {doc.companions && (
          <View wrap={false}>
            <Text style={s.h2}>{text.companions}</Text>
            <Text style={s.text}>{doc.companions}</Text>
          </View>
        )}
        <Part s={s} title={text.dates}>
          {doc.dates.map((d) => (
            <Text key={`${d.date}${d.title}`} style={s.text}>
              {`${d.date}: ${d.title}`}
            </Text>
          ))}
        </Part>
        {parts.map((part) => (
          <Part key={part} s={s} title={text.parts[part]}>
            {doc.sections
              .filter((x) => x.part === part)
              .flatMap((x) => x.lead)
              .map((item, i) => (
                <Box key={i} s={s}>
                  {item}
                </Box>
              ))}
          </Part>
        ))}
        {doc.moreCount > 0 && (
          <View style={s.notice} wrap={false}>
            <Text>{text.more}</Text>
          </View>
        )}
        <Part s={s} title={text.savedNotes}>
          {doc.notes.map((n, i) => (
            <Text key={i} style={[s.text, s.item]}>
              <Text style={s.label}>{`${n.when}: `}</Text>
              {n.text}
            </Text>
          ))}
        </Part>
        {doc.noteLines > 0 && (
          <View wrap={false}>
            <Text style={s.h2}>{text.notes}</Text>
            {Array.from({ length: doc.noteLines }, (_, i) => (
              <View key={i} style={s.line} />
            ))}
          </View>
        )}
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) => text.page(pageNumber, totalPages)}
        />
      </Page>
    </Document>
  );
}

/** A heading with its points; the heading never stands alone at the foot of a page. Empty: nothing. */
function Part({ s, title, children }: { s: PdfStyles; title: string; children: ReactElement[] }) {
  const [first, ...rest] = children;
  if (!first) return null;
  return (
    <View>
      <View wrap={false}>
        <Text style={s.h2}>{title}</Text>
        {first}
      </View>
      {rest}
    </View>
  );
}
