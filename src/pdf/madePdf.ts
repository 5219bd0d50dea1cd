import { sanitizeForPdf } from '../domain/pdfText';
import glyphs from './glyphs.json' with { type: 'json' };

/**
 * The PDF building blocks every document shares (the renderer, the fonts, the theme, and this),
 * used by the plan and checklist (features/export) and by the letters (features/letters).
 */
export interface MadePdf {
  blob: Blob;
  pages: number;
  /** Characters the font cannot draw, replaced by "(?)". */
  replaced: number;
}

const ranges = glyphs.ranges as [number, number][];

/** Replaces every character the font cannot draw, everywhere in a document model. */
export function cleanForPdf<T>(value: T, count: { n: number } = { n: 0 }): T {
  if (typeof value === 'string') {
    const r = sanitizeForPdf(value, ranges);
    count.n += r.replaced;
    return r.text as T;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => cleanForPdf(v, count)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, cleanForPdf(v, count)]),
    ) as T;
  }
  return value;
}
