import { StyleSheet } from '@react-pdf/renderer';
import { pdfFontFamily } from './fonts';

/** Normal print is 11 pt; large print 14 pt. All text is black or near-black (≥ 4.5:1). */
export function pdfStyles(largePrint: boolean) {
  const base = largePrint ? 14 : 11;
  return StyleSheet.create({
    page: {
      fontFamily: pdfFontFamily,
      fontSize: base,
      // No lineHeight here: inherited by the fixed page-number text, it stops react-pdf 4.9 from drawing it.
      color: '#111111',
      paddingTop: 42,
      paddingBottom: 56,
      paddingHorizontal: 50,
    },
    title: { fontSize: base * 1.8, fontWeight: 700, marginBottom: 8, lineHeight: 1.15 },
    meta: { marginBottom: 2, lineHeight: 1.25 },
    notice: { marginTop: 8, padding: 6, borderWidth: 1, borderColor: '#111111', lineHeight: 1.25 },
    header: {
      marginBottom: 8,
      paddingBottom: 8,
      borderBottomWidth: 1.5,
      borderBottomColor: '#0b5563',
    },
    h2: {
      fontSize: base * 1.3,
      fontWeight: 700,
      marginTop: 10,
      marginBottom: 4,
      color: '#073a44',
      lineHeight: 1.25,
    },
    item: { marginBottom: 5, lineHeight: 1.25 },
    label: { fontWeight: 700, lineHeight: 1.25 },
    text: { lineHeight: 1.25 },
    tag: {
      fontSize: base * 0.85,
      fontWeight: 700,
      borderWidth: 1,
      borderColor: '#111111',
      paddingHorizontal: 3,
    },
    row: { flexDirection: 'row', marginBottom: 4 },
    box: {
      width: base,
      height: base,
      borderWidth: 1.2,
      borderColor: '#111111',
      marginRight: 8,
      marginTop: 2,
    },
    rowText: { flex: 1, lineHeight: 1.25 },
    line: { borderBottomWidth: 0.8, borderBottomColor: '#444444', height: base * 2 },
    footer: {
      position: 'absolute',
      bottom: 26,
      left: 50,
      right: 50,
      fontSize: base * 0.85,
      color: '#333333',
    },
  });
}
export type PdfStyles = ReturnType<typeof pdfStyles>;
