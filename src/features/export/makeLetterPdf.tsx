// Loaded only when the resident asks for a letter PDF: it pulls in @react-pdf/renderer and the font.
import type { LetterDraft } from '../../domain/letterDrafts';
import { sanitizeForPdf } from '../../domain/pdfText';
import type { MadePdf } from './makePdf';
import glyphs from './pdf/glyphs.json' with { type: 'json' };
import { LetterPdf } from './pdf/LetterPdf';
import { countPages, renderPdf } from './pdf/renderPdf';

const ranges = glyphs.ranges as [number, number][];

/** The draft with every character the font cannot draw replaced by "(?)", and how many. */
function safeDraft(draft: LetterDraft): { draft: LetterDraft; replaced: number } {
  let replaced = 0;
  const one = (text: string) => {
    const r = sanitizeForPdf(text, ranges);
    replaced += r.replaced;
    return r.text;
  };
  const all = (texts: string[]) => texts.map(one);
  const safe: LetterDraft = {
    letter: draft.letter,
    title: one(draft.title),
    labels: {
      notes: one(draft.labels.notes),
      notesPage: one(draft.labels.notesPage),
      subject: one(draft.labels.subject),
      signature: one(draft.labels.signature),
      enclosures: one(draft.labels.enclosures),
    },
    notes: all(draft.notes),
    sender: all(draft.sender),
    recipient: all(draft.recipient),
    placeDate: one(draft.placeDate),
    subject: one(draft.subject),
    references: all(draft.references),
    salutation: one(draft.salutation),
    body: all(draft.body),
    closing: one(draft.closing),
    signature: { label: one(draft.signature.label), name: one(draft.signature.name) },
    enclosures: all(draft.enclosures),
  };
  if (draft.deadline !== undefined) safe.deadline = one(draft.deadline);
  return { draft: safe, replaced };
}

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
  const { draft: safe, replaced } = safeDraft(draft);
  const blob = await renderPdf(
    <LetterPdf draft={safe} largePrint={largePrint} language={language} page={pageLabel} />,
  );
  return { blob, pages: await countPages(blob), replaced };
}
