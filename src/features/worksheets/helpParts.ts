import type { LocalizedText } from '../../content/schema';
/**
 * A worksheet item's help as a short hint and the rest (issue 17: compact worksheets). The first
 * paragraph (up to the first blank line) is the hint under the label; any further paragraphs,
 * the "denk aan" prompts and the longer explanation, fold behind "Meer uitleg" on a page with
 * many items. The content suite checks that both languages split in the same place.
 */
export function splitHelp(help: LocalizedText): { hint: LocalizedText; more?: LocalizedText } {
  const [nlHint = '', nlMore] = splitAtParagraph(help.nl);
  const [enHint = '', enMore] = splitAtParagraph(help.en);
  const hint = { nl: nlHint, en: enHint };
  return nlMore === undefined || enMore === undefined
    ? { hint }
    : { hint, more: { nl: nlMore, en: enMore } };
}

function splitAtParagraph(text: string): [string] | [string, string] {
  const at = /\n\s*\n/.exec(text);
  return at ? [text.slice(0, at.index), text.slice(at.index + at[0].length)] : [text];
}
