// @vitest-environment node
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import { pdfPagesText } from '../pdfText';
import { createI18n } from '../../src/i18n/i18n';
import { after } from '../../src/content/after';
import { during } from '../../src/content/during';
import { stripMarkup } from '../../src/domain/readability';
import { checklistDocument, type DocumentContext } from '../../src/features/export/documents';
import { makeChecklistPdf } from '../../src/features/export/makePdf';
import type { DossierEntries } from '../../src/storage/entries';
import type { Dossier } from '../../src/storage/records';
import { typicalChecklist } from '../fixtures/checklist-typical';

vi.mock('../../src/pdf/fontFiles', () => import('./fontFiles.node'));

const dossier: Dossier = {
  id: 'd1',
  name: '',
  subject: 'self',
  personName: '',
  helperName: '',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};
let nl: TFunction;
let en: TFunction;
beforeAll(() => {
  nl = createI18n('nl').getFixedT('nl');
  en = createI18n('en').getFixedT('en');
});
const context = (entries: DossierEntries, language: 'nl' | 'en' = 'nl'): DocumentContext => ({
  dossier,
  entries,
  name: 'Ans de Vries',
  language,
  locale: language === 'nl' ? 'nl-NL' : 'en-GB',
  today: '2026-11-22',
  t: language === 'nl' ? nl : en,
});

async function pagesOf(blob: Blob): Promise<string[]> {
  return pdfPagesText(new Uint8Array(await blob.arrayBuffer()));
}

const items = [...during.phases, ...after.sections].flatMap((s) => s.items);
const text = (i: (typeof items)[number], language: 'nl' | 'en' = 'nl') =>
  stripMarkup(i.text[language]).replace(/\*/g, '');

describe('the checklist PDF (issue 17, items 6 and 14)', () => {
  it('fits a typical filled dossier on 2 A4 pages in normal print, before and after the gesprek', async () => {
    const before = typicalChecklist();
    before.notes = {};
    for (const entries of [before, typicalChecklist()]) {
      const made = await makeChecklistPdf(checklistDocument(context(entries)), nl, 'nl', false);
      const pages = await pagesOf(made.blob);
      expect(made.pages).toBeLessThanOrEqual(2);
      expect(pages).toHaveLength(made.pages);
      expect(pages.at(-1)).toContain(`pagina ${made.pages} van ${made.pages}`);
    }
  });

  it('prints every essential point in full, and says in one line that the other tips are in the app', async () => {
    const made = await makeChecklistPdf(
      checklistDocument(context(typicalChecklist())),
      nl,
      'nl',
      false,
    );
    const all = (await pagesOf(made.blob)).join(' ');
    const essential = items.filter((i) => i.essential);
    const others = items.filter((i) => !i.essential);
    expect(essential.length).toBeGreaterThanOrEqual(10);
    for (const i of essential) expect(all).toContain(text(i));
    for (const i of others) expect(all).not.toContain(text(i));
    expect(all).toContain(
      `Nog ${others.length} tips staan in de app, bij ‘Tijdens het gesprek’ en ‘Na het gesprek’.`,
    );
    for (const s of [
      'Mijn vragen voor het gesprek',
      'Kan ik een traplift krijgen, of is verhuizen beter?',
      'Mijn dochter Marieke de Vries',
      'Belangrijke datums',
      'Voor en tijdens het gesprek',
      'Na het gesprek',
    ]) {
      expect(all).toContain(s);
    }
  });

  // Times are printed as the reader's clock says; the suite runs in Europe/Amsterdam.
  it('holds the notes from the gespreksmodus with when they were written, and a draft not yet saved', async () => {
    const e = typicalChecklist();
    e.worksheet['notitie-concept'] = { text: 'Nog navragen: de traplift', private: true };
    const made = await makeChecklistPdf(checklistDocument(context(e)), nl, 'nl', false);
    const all = (await pagesOf(made.blob)).join(' ');
    expect(all).toContain('Mijn notities van het gesprek');
    expect(all).toContain('vrijdag 20 november 2026 om 10:20: Traplift: eerst komt');
    expect(all).toContain('Traplift: eerst komt een ergotherapeut kijken.');
    expect(all).toContain('Het verslag komt per post, binnen twee weken.');
    expect(all).toContain('Nog niet bewaard als notitie: Nog navragen: de traplift');
    expect(all.indexOf('Mevrouw Jansen')).toBeLessThan(all.indexOf('Het verslag komt per post'));
  });

  it('before the gesprek: ruled lines for notes on paper, and no heading for saved notes', async () => {
    const e = typicalChecklist();
    e.notes = {};
    const made = await makeChecklistPdf(checklistDocument(context(e)), nl, 'nl', false);
    const all = (await pagesOf(made.blob)).join(' ');
    expect(all).not.toContain('Mijn notities');
    expect(all).toContain('Aantekeningen');
  });

  it('keeps everything in large print, on more pages, and exists in English', async () => {
    const large = await makeChecklistPdf(
      checklistDocument(context(typicalChecklist())),
      nl,
      'nl',
      true,
    );
    const all = (await pagesOf(large.blob)).join(' ');
    for (const i of items.filter((x) => x.essential)) expect(all).toContain(text(i));
    expect(all).toContain('Het verslag komt per post, binnen twee weken.');
    expect(large.pages).toBeLessThanOrEqual(4);

    const english = await makeChecklistPdf(
      checklistDocument(context(typicalChecklist(), 'en')),
      en,
      'en',
      false,
    );
    const words = (await pagesOf(english.blob)).join(' ');
    expect(english.pages).toBeLessThanOrEqual(2);
    expect(words).toContain('My notes from the talk');
    for (const i of items.filter((x) => x.essential)) expect(words).toContain(text(i, 'en'));
  });
});
