/**
 * The resident's own questions are one free text; during the gesprek each line becomes a question
 * that can be ticked. A line's id comes from its words, so ticks stay with their question when
 * lines are added or moved.
 */
export interface OwnQuestion {
  id: string;
  text: string;
}

/** FNV-1a, 32 bits, in base 36: short, stable, and the same in every browser. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function splitQuestions(text: string): OwnQuestion[] {
  const seen = new Set<string>();
  const out: OwnQuestion[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim();
    if (line === '') continue;
    let id = hash(line.toLowerCase());
    while (seen.has(id)) id = `${id}x`;
    seen.add(id);
    out.push({ id, text: line });
  }
  return out;
}
