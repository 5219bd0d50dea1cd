import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface SizedText {
  text: string;
  /** The font size in pt, as drawn: the text matrix's vertical scale. */
  size: number;
}

/**
 * Every piece of text on every page of a PDF with the size it is drawn at (issue 17 item 8:
 * large print is measured in the file, not taken from the theme).
 */
export async function pdfTextSizes(data: Uint8Array): Promise<SizedText[][]> {
  const doc = await getDocument({
    data: data.slice(),
    useSystemFonts: false,
    standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/',
  }).promise;
  const pages: SizedText[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const items: SizedText[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , c = 0, d = 0] = item.transform as number[];
      items.push({ text: item.str, size: Math.round(Math.hypot(c, d) * 100) / 100 });
    }
    pages.push(items);
  }
  return pages;
}

/** The text drawn smaller than `min` pt, to name in a failing test. */
export function smallerThan(pages: SizedText[][], min: number): string[] {
  return pages.flat().flatMap((t) => (t.size < min ? [`${t.size} pt: ${t.text}`] : []));
}

/** The size most of the text on these pages is set in: the body text. */
export function bodySize(pages: SizedText[][]): number {
  const counts = new Map<number, number>();
  for (const t of pages.flat()) counts.set(t.size, (counts.get(t.size) ?? 0) + t.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
