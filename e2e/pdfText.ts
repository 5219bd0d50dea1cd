import { readFileSync } from 'node:fs';
import { pdfInfo, pdfPagesText } from '../tests/pdfText';

/** A downloaded PDF's pages as text, its title and its language. */
export async function pdfText(
  path: string,
): Promise<{ pages: string[]; title: string | undefined; language: string | undefined }> {
  const data = new Uint8Array(readFileSync(path));
  return { pages: await pdfPagesText(data), ...(await pdfInfo(data)) };
}
