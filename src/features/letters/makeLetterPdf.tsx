// Loaded only when the resident asks for a letter PDF: it pulls in @react-pdf/renderer and the font.
import type { LetterDraft } from '../../domain/letterDrafts';
import { cleanForPdf, type MadePdf } from '../../pdf/madePdf';
import { countPages, renderPdf } from '../../pdf/renderPdf';
import { LetterPdf } from './pdf/LetterPdf';

/**
 * A draft letter as an A4 PDF: the notes box for the resident at the top of page 1, then the
 * letter. `pageLabel` writes "pagina 1 van 2"; it shows only when there is more than one page.
 */
export async function makeLetterPdf(
  draft: LetterDraft,
  language: string,
  largePrint: boolean,
  pageLabel: (page: number, total: number) => string,
): Promise<MadePdf> {
  const count = { n: 0 };
  const safe = cleanForPdf(draft, count);
  const blob = await renderPdf(
    <LetterPdf draft={safe} largePrint={largePrint} language={language} page={pageLabel} />,
  );
  return { blob, pages: await countPages(blob), replaced: count.n };
}
