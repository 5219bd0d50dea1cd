/**
 * The resident's own questions are one free text; during the gesprek each line becomes a question
 * that can be ticked. Each line gets a random id, stored next to the text (issue 16, item 3): a
 * key made from the words (as before, a hash of the line) lets anyone who can read the keys of a
 * locked database test guesses of a question without the passphrase. Ids stay with their lines
 * when lines are added, moved or corrected in place.
 */
export interface OwnQuestion {
  /** Undefined while the stored ids do not fit the lines; they are then made again. */
  id: string | undefined;
  text: string;
}

/** Only this many questions get an id (and a tick); more than this on one list is not a list. */
export const ownQuestionsMax = 100;

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for an id made by crypto.randomUUID, never for one derived from words. */
export function isQuestionId(id: unknown): id is string {
  return typeof id === 'string' && uuidShape.test(id);
}

export function questionLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((raw) => raw.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter((line) => line !== '');
}

/** True when the stored ids belong to these lines: one random id per line, none twice. */
function idsFit(lines: readonly string[], ids: readonly string[] | undefined): boolean {
  if (ids === undefined) return lines.length === 0;
  return (
    ids.length === Math.min(lines.length, ownQuestionsMax) &&
    ids.every(isQuestionId) &&
    new Set(ids).size === ids.length
  );
}

/** The questions with their ids, when the stored ids fit the text. */
export function ownQuestions(text: string, ids: readonly string[] | undefined): OwnQuestion[] {
  const lines = questionLines(text);
  const fit = idsFit(lines, ids);
  return lines.map((line, i) => ({ id: fit ? ids?.[i] : undefined, text: line }));
}

const same = (line: string) => line.toLowerCase();

/**
 * The ids for a changed text. A line keeps the id of the same line before (moved lines too);
 * a line changed in place keeps the id of the line that stood there; any other line gets a new one.
 */
export function nextQuestionIds(
  before: { text: string; ids: readonly string[] | undefined },
  text: string,
  newId: () => string,
): string[] {
  const oldLines = questionLines(before.text);
  const oldIds = idsFit(oldLines, before.ids) ? (before.ids ?? []) : [];
  const lines = questionLines(text).slice(0, ownQuestionsMax);
  const used = new Set<number>();
  const ids: (string | undefined)[] = lines.map((line) => {
    const j = oldLines.findIndex(
      (old, k) => !used.has(k) && k < oldIds.length && same(old) === same(line),
    );
    if (j < 0) return undefined;
    used.add(j);
    return oldIds[j];
  });
  return ids.map((id, i) => {
    if (id) return id;
    const inPlace = oldIds[i];
    if (inPlace !== undefined && !used.has(i)) {
      used.add(i);
      return inPlace;
    }
    return newId();
  });
}

/** FNV-1a, 32 bits, in base 36: how tick keys were made before issue 16. */
function wordHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The old, guessable ids of the lines, exactly as they were made: only to find old ticks. */
export function legacyQuestionIds(text: string): string[] {
  const seen = new Set<string>();
  return questionLines(text).map((line) => {
    let id = wordHash(same(line));
    while (seen.has(id)) id = `${id}x`;
    seen.add(id);
    return id;
  });
}

export interface RekeyPlan {
  ids: string[];
  /** True when the ids must be stored (again). */
  idsChanged: boolean;
  /** Old ticks to store under the question's random id. */
  renames: { from: string; to: string }[];
  /** Old ticks of questions that are gone, or already ticked under the new id. */
  drops: string[];
}

/** How to move one dossier's own-question ticks from keys made of words to random ids. */
export function planRekey(input: {
  text: string;
  ids: readonly string[] | undefined;
  tickIds: readonly string[];
  newId: () => string;
}): RekeyPlan {
  const lines = questionLines(input.text);
  const idsChanged = !idsFit(lines, input.ids);
  const ids = idsChanged
    ? nextQuestionIds({ text: '', ids: undefined }, input.text, input.newId)
    : [...(input.ids ?? [])];
  const legacy = legacyQuestionIds(input.text);
  const present = new Set(input.tickIds);
  const renames: RekeyPlan['renames'] = [];
  const drops: string[] = [];
  for (const from of input.tickIds) {
    if (isQuestionId(from)) continue;
    const to = ids[legacy.indexOf(from)];
    if (to === undefined || present.has(to)) drops.push(from);
    else renames.push({ from, to });
  }
  return { ids, idsChanged, renames, drops };
}
