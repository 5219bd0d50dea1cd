import type { LocalizedText } from '../../src/content/schema';

export interface TextAt {
  path: string;
  text: LocalizedText;
}

function isLocalized(v: unknown): v is LocalizedText {
  return (
    typeof v === 'object' &&
    v !== null &&
    Object.keys(v).length === 2 &&
    typeof (v as Record<string, unknown>).nl === 'string' &&
    typeof (v as Record<string, unknown>).en === 'string'
  );
}

/** Every nl/en pair in a parsed content file, with a readable path. */
export function localizedTexts(value: unknown, path = ''): TextAt[] {
  if (isLocalized(value)) return [{ path, text: value }];
  if (Array.isArray(value)) {
    return value.flatMap((v: unknown, i) => {
      const id = typeof v === 'object' && v && 'id' in v ? String((v as { id: unknown }).id) : i;
      return localizedTexts(v, `${path}[${id}]`);
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => localizedTexts(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Every object in a tree that has an `id`, for the uniqueness check. */
export function ids(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(ids);
  if (typeof value === 'object' && value !== null) {
    const own = 'id' in value ? [String((value as { id: unknown }).id)] : [];
    return [...own, ...Object.values(value).flatMap(ids)];
  }
  return [];
}

/** Every object with a `sources` array, and every `{doc, ref}` found anywhere. */
export function sourceDocs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(sourceDocs);
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    const own = typeof v.doc === 'string' && typeof v.ref === 'string' ? [v.doc] : [];
    return [...own, ...Object.values(v).flatMap(sourceDocs)];
  }
  return [];
}

export function termRefs(text: string): string[] {
  return [...text.matchAll(/\[\[([a-z0-9-]+)(?:\|[^\]]+)?\]\]/g)].map((m) => m[1] ?? '');
}
