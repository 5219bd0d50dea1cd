import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { LetterDraft } from '../../../domain/letterDrafts';
import { LetterParagraph } from './LetterParagraph';
import { letterStyles, type LetterStyles } from './letterStyles';
import { pdfStyles, type PdfStyles } from '../../../pdf/theme';

/**
 * Page 1, for the resident only: the kind of letter, then a shaded box with the notes (the
 * bezwaar deadline first and large). The letter starts on a sheet of its own, so it can be sent
 * as it is printed, with nothing to cut off. In large print the notes may need a second sheet:
 * the foot of every notes sheet says it is not part of the letter, and the last one says
 * "do not send this page; the letter starts on the next page".
 */
function NotesPage({ draft, l, s }: { draft: LetterDraft; l: LetterStyles; s: PdfStyles }) {
  return (
    <Page size="A4" style={[s.page, l.notesSheet]}>
      <Text style={s.title}>{draft.title}</Text>
      <View style={l.notesBox}>
        <Text style={l.notesLabel}>{draft.labels.notes}</Text>
        {draft.deadline && <Text style={l.deadline}>{draft.deadline}</Text>}
        {draft.notes.map((note, i) => (
          <LetterParagraph key={i} text={note} l={l} style={l.note} />
        ))}
      </View>
      <Text
        style={l.notesPage}
        fixed
        render={({ subPageNumber, subPageTotalPages }) =>
          subPageNumber === subPageTotalPages ? draft.labels.notesPage : draft.labels.notes
        }
      />
    </Page>
  );
}

function Lines({ lines, l }: { lines: string[]; l: LetterStyles }) {
  return (
    <View style={l.block}>
      {lines.map((line, i) => (
        <Text key={i} style={l.line}>
          {line}
        </Text>
      ))}
    </View>
  );
}

/**
 * A draft letter to the gemeente, laid out like a Dutch letter: sender, recipient, place and
 * date, "Betreft", salutation, paragraphs, closing, room for the handtekening, enclosures.
 * Page numbers count the letter's own pages, and show only when it has more than one.
 */
export function LetterPdf({
  draft,
  largePrint,
  language,
  page,
}: {
  draft: LetterDraft;
  largePrint: boolean;
  language: string;
  page: (page: number, total: number) => string;
}) {
  const s = pdfStyles(largePrint);
  const l = letterStyles(largePrint);
  return (
    <Document
      title={`${draft.title}: ${draft.signature.name}`}
      subject={draft.subject}
      language={language}
      creator="Aan tafel"
      producer="Aan tafel"
    >
      <NotesPage draft={draft} l={l} s={s} />
      <Page size="A4" style={[s.page, l.letterPage]}>
        <Lines lines={draft.sender} l={l} />
        <Lines lines={draft.recipient} l={l} />
        <Text style={[l.line, l.block]}>{draft.placeDate}</Text>
        <View style={l.block}>
          <Text style={l.subject}>{`${draft.labels.subject}: ${draft.subject}`}</Text>
          {draft.references.map((r, i) => (
            <Text key={i} style={l.line}>
              {r}
            </Text>
          ))}
        </View>
        <Text style={[l.line, l.paragraph]}>{draft.salutation}</Text>
        {draft.body.map((p, i) => (
          <LetterParagraph key={i} text={p} l={l} />
        ))}
        <View wrap={false}>
          <Text style={l.line}>{draft.closing}</Text>
          <View style={l.signatureSpace} />
          <View style={l.signatureLine} />
          <Text style={l.signatureLabel}>{draft.signature.label}</Text>
          <Text style={[l.line, l.block]}>{draft.signature.name}</Text>
        </View>
        {draft.enclosures.length > 0 && (
          <View wrap={false}>
            <Text style={l.subject}>{`${draft.labels.enclosures}:`}</Text>
            {draft.enclosures.map((e, i) => (
              <LetterParagraph key={i} text={`- ${e}`} l={l} style={{}} />
            ))}
          </View>
        )}
        <Text
          style={[s.footer, l.letterFooter]}
          fixed
          render={({ subPageNumber, subPageTotalPages }) =>
            subPageTotalPages > 1 ? page(subPageNumber, subPageTotalPages) : ''
          }
        />
      </Page>
    </Document>
  );
}
