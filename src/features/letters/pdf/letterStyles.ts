import { StyleSheet } from '@react-pdf/renderer';
import { pdfBodySize } from '../../../pdf/theme';

/**
 * The letter itself is set at a letter's size: 12 pt, and 14 pt in large print, so that it still
 * looks like a letter to the gemeente. The notes page is the resident's own: it follows the
 * large print of the other PDFs (16 pt), and larger still in the box.
 */
export function letterSize(largePrint: boolean): number {
  return largePrint ? 14 : 12;
}

/**
 * Extra styles for a letter, on top of theme.ts: a shaded notes box on a page of its own, and
 * the blocks of a Dutch letter.
 */
export function letterStyles(largePrint: boolean) {
  const notes = pdfBodySize(largePrint);
  const base = letterSize(largePrint);
  return StyleSheet.create({
    letterPage: { fontSize: base },
    letterFooter: { fontSize: base },
    notesBox: {
      borderWidth: 2,
      borderColor: '#111111',
      backgroundColor: '#eeeeee',
      padding: 12,
      marginBottom: 6,
      // A size larger than the letter, and never below the body text of large print.
      fontSize: Math.max(notes, base + 2),
    },
    notesLabel: { fontSize: notes * 1.3, fontWeight: 700, marginBottom: 8, lineHeight: 1.05 },
    deadline: {
      fontSize: (base + 2) * 1.25,
      fontWeight: 700,
      borderWidth: 1.5,
      borderColor: '#111111',
      backgroundColor: '#ffffff',
      padding: 6,
      marginBottom: 8,
      lineHeight: 1.25,
    },
    note: { marginBottom: notes * 0.7 },
    // Room at the foot of every notes sheet for the line that says what the sheet is.
    notesSheet: { paddingBottom: 42 + notes * 3 },
    notesPage: {
      position: 'absolute',
      bottom: 30,
      left: 50,
      right: 50,
      fontSize: notes * 1.15,
      fontWeight: 700,
      // No lineHeight: on a fixed text it stops react-pdf 4.9 from drawing it (see theme.ts).
    },
    block: { marginBottom: base },
    line: { lineHeight: 1.05 },
    subject: { fontWeight: 700, lineHeight: 1.05 },
    paragraph: { marginBottom: base * 0.75 },
    listRow: { flexDirection: 'row', lineHeight: 1.05 },
    bullet: { width: base * 1.2, lineHeight: 1.05 },
    listText: { flex: 1, lineHeight: 1.05 },
    signatureSpace: { height: base * 3.5 },
    signatureLine: {
      width: 220,
      borderBottomWidth: 1,
      borderBottomColor: '#111111',
      marginBottom: 3,
    },
    signatureLabel: { fontSize: base, color: '#333333', lineHeight: 1.25 },
  });
}
export type LetterStyles = ReturnType<typeof letterStyles>;
