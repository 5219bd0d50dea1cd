import { stripMarkup } from '../../domain/readability';

/** Case- and accent-insensitive: "clientondersteuner" finds "Cliëntondersteuner". */
export function fold(text: string): string {
  return stripMarkup(text)
    .replace(/\*/g, '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const q = fold(query.trim());
  return q === '' || texts.some((t) => fold(t).includes(q));
}
