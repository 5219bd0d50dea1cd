import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from '../../content/ui/nl.json' with { type: 'json' };

/** The type of every translation key comes from nl.json (architecture rule 3). */
export type UiResources = typeof nl;

export const uiLanguages = ['nl', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'nl' || value === 'en';
}

/** Locale for dates and numbers, per UI language. */
export const localeOf: Record<UiLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Dutch comes with the first script (the prerendered pages are Dutch); another language loads
 * when it is chosen, so the first visit does not download every language's texts.
 * The return type is the compile-time twin check: en.json must have every key nl.json has.
 */
const loaders: Record<UiLanguage, () => Promise<UiResources>> = {
  nl: () => Promise.resolve(nl),
  en: async () => (await import('../../content/ui/en.json', { with: { type: 'json' } })).default,
};
const loaded: Partial<Record<UiLanguage, UiResources>> = { nl };

/** Fetches a UI language's texts once; createI18n can use them from then on. */
export async function loadUiLanguage(language: UiLanguage): Promise<void> {
  loaded[language] ??= await loaders[language]();
}

/** Loads a language's texts into a running i18next, before switching to it or using getFixedT. */
export async function addUiLanguage(instance: i18n, language: UiLanguage): Promise<void> {
  await loadUiLanguage(language);
  const resources = loaded[language];
  if (resources && !instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', resources);
  }
}

/** A missing key throws in dev and tests, so it can never ship unnoticed. */
function strictMissingKeys(): boolean {
  return import.meta.env.DEV || import.meta.env.MODE === 'test';
}

/** An i18next in `language`, or in Dutch while that language's texts are not loaded yet. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    Object.entries(loaded).map(([lng, translation]) => [lng, { translation }]),
  );
  void instance.use(initReactI18next).init({
    lng: loaded[language] ? language : 'nl',
    fallbackLng: false,
    supportedLngs: [...uiLanguages],
    resources,
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
