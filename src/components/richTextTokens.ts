/** The inline markup of a content text: plain runs and [[term|shown words]], with their places. */
export type Token =
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'term'; id: string; shown: string; start: number; end: number };

const termMarkup = /\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const m of text.matchAll(termMarkup)) {
    const start = m.index;
    if (start > at) out.push({ kind: 'text', text: text.slice(at, start), start: at, end: start });
    const id = m[1] ?? '';
    const end = start + m[0].length;
    out.push({ kind: 'term', id, shown: m[2] ?? id.replace(/-/g, ' '), start, end });
    at = end;
  }
  if (at < text.length)
    out.push({ kind: 'text', text: text.slice(at), start: at, end: text.length });
  return out;
}

/**
 * Where the sentence that holds `from` ends: after its full stop, question or exclamation mark
 * (and a closing quote or bracket), never inside a term. The end of the text if none follows.
 */
export function sentenceEnd(text: string, tokens: readonly Token[], from: number): number {
  const end = /[.!?]+['"’”)]*(?=\s|$)/g;
  end.lastIndex = from;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const at = m.index + m[0].length;
    const inTerm = tokens.find((t) => t.kind === 'term' && t.start < at && at < t.end);
    if (!inTerm) return at;
    end.lastIndex = inTerm.end;
  }
  return text.length;
}
