import { StyleSheet } from '@react-pdf/renderer';

/**
 * Extra styles for a letter, on top of theme.ts: a shaded notes box on a page of its own, and the blocks of a Dutch letter. Same sizes as the other PDFs (11 pt, 14 pt).
 */
export function letterStyles(largePrint: boolean) {
  const base = largePrint ? 14 : 11;
  return StyleSheet.create({
    notesBox: {
      borderWidth: 2,
      borderColor: '#111111',
      backgroundColor: '#eeeeee',
      padding: 12,
      marginBottom: 6,
      // A page of its own with room to spare: the notes a size larger than the letter.
      fontSize: base * 1.15,
    },
    notesLabel: { fontSize: base * 1.3, fontWeight: 700, marginBottom: 8, lineHeight: 1.05 },
    deadline: {
      fontSize: base * 1.4,
      fontWeight: 700,
      borderWidth: 1.5,
      borderColor: '#111111',
      backgroundColor: '#ffffff',
      padding: 6,
      marginBottom: 8,
      lineHeight: 1.25,
    },
    note: { marginBottom: base * 0.7 },
    notesPage: { fontSize: base * 1.3, fontWeight: 700, marginTop: 12, lineHeight: 1.05 },
    block: { marginBottom: base * 1.3 },
    line: { lineHeight: 1.05 },
    subject: { fontWeight: 700, lineHeight: 1.05 },
    paragraph: { marginBottom: base * 0.9 },
    listRow: { flexDirection: 'row', lineHeight: 1.05 },
    bullet: { width: base * 1.2, lineHeight: 1.05 },
    listText: { flex: 1, lineHeight: 1.05 },
    signatureSpace: { height: base * 4 },
    signatureLine: {
      width: 220,
      borderBottomWidth: 1,
      borderBottomColor: '#111111',
      marginBottom: 3,
    },
    signatureLabel: { fontSize: base * 0.9, color: '#333333', lineHeight: 1.25 },
  });
}
export type LetterStyles = ReturnType<typeof letterStyles>;
