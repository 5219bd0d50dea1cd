import { StyleSheet } from '@react-pdf/renderer';
import { pdfFontFamily } from './fonts';

/**
 * Body text in normal print is 12 pt, in large print 16 pt (issue 17 item 8); headings are
 * larger, and nothing on the page (tags, page numbers) is smaller than the body text.
 */
export function pdfBodySize(largePrint: boolean): number {
  return largePrint ? 16 : 12;
}

/** All text is black or near-black (≥ 4.5:1). */
export function pdfStyles(largePrint: boolean) {
  const base = pdfBodySize(largePrint);
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
    /** Which version of a document this is, first on page 1: outlined, or white on black. */
    mark: {
      alignSelf: 'flex-start',
      fontSize: base * 1.15,
      fontWeight: 700,
      borderWidth: 2,
      borderColor: '#111111',
      paddingVertical: 4,
      paddingHorizontal: 8,
      marginBottom: 10,
      lineHeight: 1.25,
    },
    markStrong: { backgroundColor: '#111111', color: '#ffffff' },
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
      fontSize: base,
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
      fontSize: base,
      color: '#333333',
    },
  });
}
export type PdfStyles = ReturnType<typeof pdfStyles>;
