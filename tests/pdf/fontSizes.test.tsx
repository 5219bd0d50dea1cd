// @vitest-environment node
// Issue 17 item 8: normal print ≥ 12 pt, large print ≥ 16 pt, read from the PDF file itself.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import { createI18n } from '../../src/i18n/i18n';
import {
  checklistDocument,
  planDocument,
  type DocumentContext,
} from '../../src/features/export/documents';
import { makeChecklistPdf, makePlanPdf } from '../../src/features/export/makePdf';
import { makeLetterPdf } from '../../src/features/letters/makeLetterPdf';
import type { MadePdf } from '../../src/pdf/madePdf';
import { typicalPlan } from '../fixtures/plan-typical';
import { bodySize, pdfTextSizes, smallerThan, type SizedText } from './fontSizes';
import { draftOf, letterCases, pageLabel } from './letterFixtures';

vi.mock('../../src/pdf/fontFiles', () => import('./fontFiles.node'));

let t: TFunction;
let context: DocumentContext;
beforeAll(() => {
  t = createI18n('nl').getFixedT('nl');
  const entries = typicalPlan();
  entries.worksheet['eigen-vragen'] = { text: 'Hoe lang duurt het?', private: false };
  entries.dates.melding = '2-11-2026';
  context = {
    dossier: {
      id: 'd1',
      name: '',
      subject: 'other',
      personName: 'Ans',
      helperName: 'Marieke de Vries',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    },
    entries,
    name: 'Ans de Vries',
    language: 'nl',
    locale: 'nl-NL',
    today: '2026-11-22',
    t,
  };
});

const sizes = async (made: MadePdf) => pdfTextSizes(new Uint8Array(await made.blob.arrayBuffer()));
const largest = (pages: SizedText[][]) => Math.max(...pages.flat().map((s) => s.size));

const prints = [
  { largePrint: false, min: 12 },
  { largePrint: true, min: 16 },
] as const;

// Each test renders several PDFs: give a busy machine time (this is a limit, not a measure).
describe.each(prints)(
  'with large print $largePrint',
  { timeout: 30_000 },
  ({ largePrint, min }) => {
    it(`sets every text of the plan at ${min} pt or more, the headings larger`, async () => {
      for (const version of ['gemeente', 'zelf'] as const) {
        const pages = await sizes(
          await makePlanPdf(planDocument(context, version), t, 'nl', largePrint),
        );
        expect(smallerThan(pages, min), version).toEqual([]);
        expect(bodySize(pages)).toBe(min);
        expect(largest(pages)).toBeGreaterThan(min * 1.5);
      }
    });

    it(`sets every text of the checklist at ${min} pt or more`, async () => {
      const pages = await sizes(
        await makeChecklistPdf(checklistDocument(context), t, 'nl', largePrint),
      );
      expect(smallerThan(pages, min)).toEqual([]);
      expect(bodySize(pages)).toBe(min);
    });

    it(`sets the letters' notes page at ${min} pt or more, and the letter itself at 12 pt or more`, async () => {
      for (const input of Object.values(letterCases)) {
        const made = await makeLetterPdf(draftOf(input), 'nl', largePrint, pageLabel('nl'));
        const [notes = [], ...letter] = await sizes(made);
        expect(smallerThan([notes], min), input.letter).toEqual([]);
        expect(smallerThan(letter, 12), input.letter).toEqual([]);
        expect(bodySize([notes])).toBeGreaterThan(bodySize(letter));
      }
    });
  },
);
