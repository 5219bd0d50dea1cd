import { pdf } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { registerPdfFonts } from './fonts';

/** The one wrapper around @react-pdf/renderer's output (architecture rule 6). */
export async function renderPdf(element: ReactElement): Promise<Blob> {
  registerPdfFonts();
  // react-pdf types its input as a <Document> element; ours always are.
  return pdf(element as Parameters<typeof pdf>[0]).toBlob();
}

/** Pages in a PDF made by react-pdf (its page dictionaries are not compressed). */
export async function countPages(blob: Blob): Promise<number> {
  const text = new TextDecoder('latin1').decode(await blob.arrayBuffer());
  return (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
