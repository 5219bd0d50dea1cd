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
/** Every i18next made here: a language loaded later is added to each (the app has one). */
const instances = new Set<i18n>();

/** Fetches a UI language's texts once, and gives them to every i18next made by createI18n. */
export async function loadUiLanguage(language: UiLanguage): Promise<void> {
  const resources = (loaded[language] ??= await loaders[language]());
  for (const instance of instances) {
    if (!instance.hasResourceBundle(language, 'translation')) {
      instance.addResourceBundle(language, 'translation', resources);
    }
  }
}

/** For pages that make a document in a language other than the app's (the PDF, the letters). */
export async function loadEveryUiLanguage(): Promise<void> {
  await Promise.all(uiLanguages.map(loadUiLanguage));
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
  instances.add(instance);
  return instance;
}
