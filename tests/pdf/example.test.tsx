// @vitest-environment node
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import { pdfInfo, pdfPagesText } from '../pdfText';
import { createI18n } from '../../src/i18n/i18n';
import { examplePlanDocument } from '../../src/content/example';
import { worksheets } from '../../src/content/worksheets';
import { makeExamplePdf } from '../../src/features/example/makeExamplePdf';

vi.mock('../../src/pdf/fontFiles', () => import('./fontFiles.node'));

const t: Record<'nl' | 'en', TFunction> = {} as Record<'nl' | 'en', TFunction>;
beforeAll(() => {
  t.nl = createI18n('nl').getFixedT('nl');
  t.en = createI18n('en').getFixedT('en');
});

async function read(language: 'nl' | 'en') {
  const doc = examplePlanDocument(language, t[language], 'vrijdag 20 november 2026');
  const made = await makeExamplePdf(doc, t[language], language);
  const data = new Uint8Array(await made.blob.arrayBuffer());
  return { doc, made, pages: await pdfPagesText(data), info: await pdfInfo(data) };
}

describe('the example plan PDF (issue 17, "Show, don\'t only tell")', () => {
  it('holds every worksheet, and marks page 1, every page top and every footer as an example', async () => {
    const { doc, made, pages, info } = await read('nl');
    expect(doc.sections.map((s) => s.id)).toEqual(worksheets.map((w) => w.id));
    expect(made.replaced).toBe(0);
    // A good example keeps to the two pages the brochure advises (as the export page warns).
    expect(made.pages).toBeLessThanOrEqual(2);
    expect(pages).toHaveLength(made.pages);
    expect(pages[0]).toContain('Voorbeeld: dit is geen echt plan');
    expect(pages[0]).toContain('Tineke Voorbeeld bestaat niet.');
    pages.forEach((page, i) => {
      expect(page).toMatch(/^Voorbeeld /);
      expect(page).toContain(`Voorbeeld · Tineke Voorbeeld · pagina ${i + 1} van ${made.pages}`);
    });
    const all = pages.join(' ');
    expect(all).toContain('Voorkeur voor een pgb: Weet ik nog niet');
    expect(all).toContain('Leeftijd: 78 jaar');
    // Only the knelpunten the example resident chose, as in a real plan.
    expect(all).toContain('Wonen: De trap wordt steeds moeilijker');
    expect(all).not.toContain('Geloof en levensovertuiging');
    expect(info).toEqual({
      title: 'Voorbeeld: persoonlijk plan van Tineke Voorbeeld',
      language: 'nl',
    });
  });

  it('is just as clearly an example in English', async () => {
    const { pages, info } = await read('en');
    expect(pages[0]).toContain('Example: this is not a real plan');
    for (const page of pages) expect(page).toMatch(/Example · Tineke Voorbeeld · page \d of \d/);
    expect(pages.join(' ')).toContain('Widow. My husband died four years ago.');
    expect(info.language).toBe('en');
  });
});
