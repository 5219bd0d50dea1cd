import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { checklistFileName, planFileName } from './fileNames';
import { printableChoices, printablePlanPath } from './printablePlanPath';

describe('the plan’s file names', () => {
  it('differ between the version for the gemeente and the one for myself, in Dutch and English', () => {
    const nl = createI18n('nl').getFixedT('nl');
    const en = createI18n('en').getFixedT('en');
    expect(planFileName(nl, 'gemeente', 'Ans de Vries', '2026-11-22')).toBe(
      'persoonlijk-plan-voor-de-gemeente-ans-de-vries-2026-11-22.pdf',
    );
    expect(planFileName(nl, 'zelf', 'Ans de Vries', '2026-11-22')).toBe(
      'persoonlijk-plan-alleen-voor-mezelf-ans-de-vries-2026-11-22.pdf',
    );
    expect(planFileName(en, 'gemeente', 'Ĳsbrand Şahin', '2026-11-22')).toBe(
      'personal-plan-for-the-gemeente-ijsbrand-sahin-2026-11-22.pdf',
    );
    expect(planFileName(en, 'zelf', 'Ĳsbrand Şahin', '2026-11-22')).toBe(
      'personal-plan-only-for-me-ijsbrand-sahin-2026-11-22.pdf',
    );
    expect(checklistFileName(nl, 'Ans', '2026-11-22')).toBe(
      'tijdens-en-na-het-gesprek-ans-2026-11-22.pdf',
    );
  });
});

describe('the address of the plan to print', () => {
  it('carries the version, the language and large print, and reads them back', () => {
    const path = printablePlanPath('d1', 'zelf', 'en', true);
    expect(path).toBe('/dossiers/d1/pdf/printen?versie=zelf&taal=en&groot=ja');
    const query = new URLSearchParams(path.split('?')[1]);
    expect(printableChoices(query, 'nl')).toEqual({
      version: 'zelf',
      language: 'en',
      largePrint: true,
    });
  });

  it('falls back to the version for the gemeente, the app’s language and normal print', () => {
    const odd = new URLSearchParams('versie=iets&taal=fr');
    expect(printableChoices(odd, 'en')).toEqual({
      version: 'gemeente',
      language: 'en',
      largePrint: false,
    });
  });
});
