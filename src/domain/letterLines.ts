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
