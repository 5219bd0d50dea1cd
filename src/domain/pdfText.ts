/**
 * Text for the PDF: every character the font cannot draw (emoji, rare scripts) is replaced by a
 * visible "(?)" instead of silently disappearing.
 */
export type GlyphRanges = readonly (readonly [number, number])[];

export const replacementMark = '(?)';

function drawable(cp: number, ranges: GlyphRanges): boolean {
  if (cp === 0x0a || cp === 0x09) return true;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid] ?? [0, -1];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

export function sanitizeForPdf(
  text: string,
  ranges: GlyphRanges,
): { text: string; replaced: number } {
  const segmenter = new Intl.Segmenter('nl', { granularity: 'grapheme' });
  let replaced = 0;
  let out = '';
  for (const { segment } of segmenter.segment(text.normalize('NFC').replace(/\r\n?/g, '\n'))) {
    const ok = [...segment].every((ch) => drawable(ch.codePointAt(0) ?? 0, ranges));
    if (ok) out += segment;
    else {
      out += replacementMark;
      replaced += 1;
    }
  }
  return { text: out, replaced };
}
