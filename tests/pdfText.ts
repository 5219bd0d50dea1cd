import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of every page of a PDF, whitespace collapsed. A font change inside a word splits it
 * into items (the two font subsets), so only a line end counts as a space.
 */
export async function pdfPagesText(data: Uint8Array): Promise<string[]> {
  const doc = await getDocument({
    data: data.slice(),
    useSystemFonts: false,
    standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/',
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/\s+/g, ' '),
    );
  }
  return pages;
}

/** The PDF's title from its info dictionary and its language from the catalog (/Lang). */
export async function pdfInfo(
  data: Uint8Array,
): Promise<{ title: string | undefined; language: string | undefined }> {
  const doc = await getDocument({ data: data.slice(), useSystemFonts: false }).promise;
  const info = (await doc.getMetadata()).info as { Title?: string };
  const language = /\/Lang\s*\(([^)]*)\)/.exec(new TextDecoder('latin1').decode(data))?.[1];
  return { title: info.Title, language };
}
