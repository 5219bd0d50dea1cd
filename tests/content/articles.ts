/** Reading article numbers out of a source ref ("art. 2.3.2 lid 4 sub b" → "2.3.2"). */
interface LawDocument {
  id: string;
  articles?: string[] | undefined;
}

// A lid number, and further lid numbers joined by ",", "en" or "–" (never an article like 6:9).
const lid =
  /\blid\s+\d+(?![.:]\d)(\s*\([a-z–-]+\))?((\s*,\s*|\s+en\s+(lid\s+)?|\s*[–-]\s*)\d+(?![.:]\d)(\s*\([a-z–-]+\))?)*/g;
const sub = /\b(sub|onder)\s+[a-z](\s*(,|en|–|-)\s*[a-z])*\b/g;

export function citedArticles(ref: string): string[] {
  const chapter = /^hoofdstuk\s+(\d+)/.exec(ref);
  if (chapter) return [`hoofdstuk ${chapter[1] ?? ''}`];
  if (!/^art\.\s/.test(ref)) return [];
  const bare = ref.replace(lid, '').replace(sub, '').replace(/\([^)]*\)/g, '');
  return [...bare.matchAll(/\d+(?:[.:]\d+)*[a-z]?/g)].map((m) => m[0]);
}

function refsIn(value: unknown): { doc: string; ref: string }[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  const v = value as Record<string, unknown>;
  const own = typeof v.doc === 'string' && typeof v.ref === 'string' ? [{ doc: v.doc, ref: v.ref }] : [];
  return [...own, ...Object.values(v).flatMap(refsIn)];
}

/** Every ref to a law that cites no article, or an article the law's list does not hold. */
export function unknownArticles(value: unknown, documents: LawDocument[], file: string): string[] {
  const out: string[] = [];
  for (const { doc, ref } of refsIn(value)) {
    const known = documents.find((d) => d.id === doc)?.articles;
    if (!known) continue;
    const cited = citedArticles(ref);
    if (cited.length === 0) out.push(`${file}: ${doc} «${ref}» names no article`);
    for (const a of cited)
      if (!known.includes(a)) out.push(`${file}: ${doc} «${ref}» cites ${a}, which is not in sources.json`);
  }
  return out;
}
