// @vitest-environment node
// `npm run pdf:preview` writes the typical plan (both versions), the checklist and the four draft
// letters to bench/pdf, so pdftoppm can turn page 1 into PNGs to look at (page 2 of a letter is
// the letter itself). Skipped unless PDF_PREVIEW_DIR is set.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/i18n';
import { checklistDocument, planDocument } from '../../src/features/export/documents';
import { makeChecklistPdf, makePlanPdf } from '../../src/features/export/makePdf';
import { makeLetterPdf } from '../../src/features/letters/makeLetterPdf';
import { typicalPlan } from '../fixtures/plan-typical';
import { draftOf, letterCases, pageLabel } from './letterFixtures';

vi.mock('../../src/pdf/fontFiles', () => import('./fontFiles.node'));
const dir = process.env.PDF_PREVIEW_DIR;

describe.skipIf(!dir)('pdf preview files', () => {
  it('writes the PDFs', async () => {
    const out = dir ?? '';
    mkdirSync(out, { recursive: true });
    const t = createI18n('nl').getFixedT('nl');
    const entries = typicalPlan();
    entries.worksheet['eigen-vragen'] = {
      text: 'Hoe lang duurt het gesprek?\nKrijg ik het verslag op papier?',
      private: false,
    };
    entries.worksheet.meegaan = { text: 'Mijn dochter Marieke', private: false };
    entries.dates.melding = '2-11-2026';
    const c = {
      dossier: {
        id: 'x',
        name: '',
        subject: 'other' as const,
        personName: 'Ans',
        helperName: 'Marieke de Vries',
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
      },
      entries,
      name: 'Ans de Vries',
      language: 'nl' as const,
      locale: 'nl-NL',
      today: '2026-11-22',
      t,
    };
    for (const [file, made] of [
      ['plan-gemeente.pdf', await makePlanPdf(planDocument(c, 'gemeente'), t, 'nl', false)],
      ['plan-zelf.pdf', await makePlanPdf(planDocument(c, 'zelf'), t, 'nl', false)],
      ['plan-zelf-groot.pdf', await makePlanPdf(planDocument(c, 'zelf'), t, 'nl', true)],
      ['plan-gemeente-groot.pdf', await makePlanPdf(planDocument(c, 'gemeente'), t, 'nl', true)],
      ['checklist.pdf', await makeChecklistPdf(checklistDocument(c), t, 'nl', false)],
      ...(await Promise.all(
        Object.entries(letterCases).map(
          async ([name, input]) =>
            [
              `brief-${name}.pdf`,
              await makeLetterPdf(draftOf(input), 'nl', false, pageLabel('nl')),
            ] as const,
        ),
      )),
      [
        'brief-bezwaar-groot.pdf',
        await makeLetterPdf(draftOf(letterCases.bezwaar), 'nl', true, pageLabel('nl')),
      ],
    ] as const) {
      writeFileSync(`${out}/${file}`, new Uint8Array(await made.blob.arrayBuffer()));
      console.log(`${file}: ${made.pages} page(s)`);
    }
  });
});
