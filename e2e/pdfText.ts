import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page, whitespace collapsed (embedded fonts give one item per word). */
export async function pdfText(
  path: string,
): Promise<{ pages: string[]; title: string | undefined; language: string | undefined }> {
  const doc = await getDocument({
    data: new Uint8Array(readFileSync(path)),
    useSystemFonts: false,
    standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/',
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      // A font change inside a word splits it into items; only a line end means a space.
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/\s+/g, ' '),
    );
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string };
  // The language sits in the document catalog: /Lang (nl)
  const language = /\/Lang\s*\(([^)]*)\)/.exec(readFileSync(path, 'latin1'))?.[1];
  return { pages, title: info.Title, language };
}
