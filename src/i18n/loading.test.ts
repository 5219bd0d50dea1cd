import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: only Dutch loaded, as when the app starts. */
async function freshI18nModule() {
  vi.resetModules();
  return import('./i18n');
}

describe('loading a UI language', () => {
  it('starts in Dutch until English is loaded, then switches a running i18next', async () => {
    const { createI18n, loadUiLanguage } = await freshI18nModule();
    const i18n = createI18n('en');
    expect(i18n.language).toBe('nl');
    expect(i18n.t('start.begin')).toBe('Begin');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);

    await loadUiLanguage('en');
    await i18n.changeLanguage('en');
    expect(i18n.t('start.title')).toBe('Prepare your kitchen-table talk');
    // Dutch stays, for a Dutch letter made while the app is in English.
    expect(i18n.getFixedT('nl')('start.title')).toBe('Bereid je keukentafelgesprek voor');
  });

  it('makes an English i18next at once once English is loaded', async () => {
    const { createI18n, loadUiLanguage } = await freshI18nModule();
    await loadUiLanguage('en');
    expect(createI18n('en').t('start.title')).toBe('Prepare your kitchen-table talk');
  });

  it('gives every language to a running i18next for a page that makes documents', async () => {
    const { createI18n, loadEveryUiLanguage } = await freshI18nModule();
    const i18n = createI18n('nl');
    await loadEveryUiLanguage();
    expect(i18n.language).toBe('nl');
    expect(i18n.getFixedT('en')('start.title')).toBe('Prepare your kitchen-table talk');
  });
});
