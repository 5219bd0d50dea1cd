import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from '../../content/ui/nl.json' with { type: 'json' };
import en from '../../content/ui/en.json' with { type: 'json' };

/** The type of every translation key comes from nl.json (architecture rule 3). */
export type UiResources = typeof nl;
// Compile-time twin check: en.json must have every key nl.json has.
const enResources: UiResources = en;

export const uiLanguages = ['nl', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'nl' || value === 'en';
}

/** Locale for dates and numbers, per UI language. */
export const localeOf: Record<UiLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A missing key throws in dev and tests, so it can never ship unnoticed. */
function strictMissingKeys(): boolean {
  return import.meta.env.DEV || import.meta.env.MODE === 'test';
}

export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...uiLanguages],
    resources: { nl: { translation: nl }, en: { translation: enResources } },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
    saveMissing: strictMissingKeys(),
    missingKeyHandler: (_lngs, _ns, key) => {
      throw new Error(`Missing translation key "${key}"`);
    },
  });
  return instance;
}
