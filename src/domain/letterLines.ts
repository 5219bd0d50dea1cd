/** Text helpers for letters: free text from a form becomes trimmed lines and paragraphs. */

/** The non-empty lines of a text, trimmed. */
export function lines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Splits text into paragraphs on blank lines; lines are trimmed, empty paragraphs dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => lines(p).join('\n'))
    .filter((p) => p !== '');
}

/** Whether the resident typed something other than spaces. */
export const given = (text: string | undefined): text is string =>
  text !== undefined && text.trim() !== '';

/** A label line followed by the resident's free text, as one or more paragraphs. */
export function labelled(label: string, text: string): string[] {
  const [first = '', ...rest] = paragraphsOf(text);
  return [`${label}\n${first}`, ...rest];
}

/** Free text used inside a sentence: one line, without a full stop of its own. */
export const clause = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '');

/** Sentences joined into one paragraph; parts that are false, undefined or empty are left out. */
export const sentences = (...parts: (string | false | undefined)[]) =>
  parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
