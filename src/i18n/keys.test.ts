import { describe, expect, it } from 'vitest';
import nl from '../../content/ui/nl.json' with { type: 'json' };
import en from '../../content/ui/en.json' with { type: 'json' };
import { createI18n } from './i18n';

function leaves(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (typeof value !== 'object' || value === null) throw new Error(`${prefix} is not text`);
  return Object.assign(
    {},
    ...Object.entries(value).map(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k)),
  ) as Record<string, string>;
}

describe('UI translations', () => {
  const nlKeys = leaves(nl);
  const enKeys = leaves(en);

  it('has every nl key in en, and no extra en keys', () => {
    expect(Object.keys(enKeys).sort()).toEqual(Object.keys(nlKeys).sort());
  });

  it('has no empty strings', () => {
    const empty = Object.entries({ ...nlKeys, ...enKeys }).filter(([, v]) => v.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in nl and en', () => {
    const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nlKeys)) {
      expect(placeholders(enKeys[key] ?? ''), key).toEqual(placeholders(nlKeys[key] ?? ''));
    }
  });

  it('throws on a missing key in tests, so it cannot ship unnoticed', () => {
    const i18n = createI18n('nl');
    expect(i18n.t('start.begin')).toBe('Begin');
    expect(() => i18n.t('bestaat.niet' as never)).toThrow(/Missing translation key "bestaat.niet"/);
  });

  it('switches language', async () => {
    const i18n = createI18n('nl');
    await i18n.changeLanguage('en');
    expect(i18n.t('start.begin')).toBe('Start');
    expect(i18n.t('charCount.left', { count: 1 })).toBe('You can type 1 more character.');
  });
});
