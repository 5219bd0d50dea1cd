import { sentenceSpans } from '../domain/sentenceSpans';

/** The sentences of part of the page, and a way to point at each one in the DOM. */
export interface ReadableText {
  sentences: string[];
  /** The DOM range of sentence `index`, for the highlight; null when it cannot be found. */
  rangeOf: (index: number) => Range | null;
}

// Controls are not content: "Markeer om later terug te lezen" after every block would only distract.
const unread = ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SELECT', 'TEXTAREA'];

/** Text the reader should not hear: marked as such, hidden from assistive technology, or invisible. */
function isSkipped(el: Element): boolean {
  if (el.hasAttribute('data-no-read') || el.getAttribute('aria-hidden') === 'true') return true;
  if (unread.includes(el.tagName)) return true;
  const display = getComputedStyle(el).display;
  if (display === 'none') return true;
  // checkVisibility also sees the closed part of a <details>; display: contents has no box of its own.
  return display !== 'contents' && el.checkVisibility?.() === false;
}

/**
 * Collects the visible text under `root` as one string, with a line break between blocks (so a
 * heading or a list item is a sentence of its own), and remembers for every character which text
 * node and offset it came from.
 */
function collect(root: HTMLElement): { text: string; at: { node: Text; offset: number }[] } {
  let text = '';
  const at: { node: Text; offset: number }[] = [];
  let gap: '' | ' ' | '\n' = '';
  const addGap = (g: ' ' | '\n') => {
    if (gap !== '\n') gap = g;
  };

  const walk = (node: Node) => {
    if (node instanceof Text) {
      const value = node.data;
      for (let i = 0; i < value.length; i++) {
        const ch = value.charAt(i);
        if (/\s/.test(ch)) {
          addGap(' ');
          continue;
        }
        if (gap && text) {
          text += gap;
          at.push({ node, offset: i });
        }
        gap = '';
        text += ch;
        at.push({ node, offset: i });
      }
      return;
    }
    if (!(node instanceof Element) || isSkipped(node)) return;
    const block = node.tagName === 'BR' || getComputedStyle(node).display !== 'inline';
    if (block) addGap('\n');
    node.childNodes.forEach(walk);
    if (block) addGap('\n');
  };
  walk(root);
  return { text, at };
}

/** The sentences to read from an element, with their DOM ranges. */
export function readableTextOf(root: HTMLElement): ReadableText {
  const { text, at } = collect(root);
  const spans = sentenceSpans(text);
  return {
    sentences: spans.map((s) => s.text),
    rangeOf: (index) => {
      const span = spans[index];
      const first = span && at[span.start];
      const last = span && at[span.end - 1];
      if (!first || !last) return null;
      const range = document.createRange();
      range.setStart(first.node, first.offset);
      range.setEnd(last.node, last.offset + 1);
      return range;
    },
  };
}

/** The sentences of a plain text (no highlight: there is nothing on the page to point at). */
export function readableTextFrom(text: string): ReadableText {
  return { sentences: sentenceSpans(text).map((s) => s.text), rangeOf: () => null };
}

const highlightName = 'read-aloud';

const canHighlight = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/**
 * Marks the sentence being read with the CSS Custom Highlight API (styled by
 * `::highlight(read-aloud)`), and scrolls it into view when it is off screen. Without the API
 * nothing is marked, and the text is only read.
 */
export function highlightSentence(range: Range | null): void {
  if (!canHighlight()) return;
  if (!range) {
    CSS.highlights.delete(highlightName);
    return;
  }
  CSS.highlights.set(highlightName, new Highlight(range));
  const box = range.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) {
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }
}
