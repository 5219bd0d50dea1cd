import { Fragment, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { GlossaryLink } from './GlossaryLink';
import { sentenceEnd, tokenize, type Token } from './richTextTokens';
import { TermButton, TermPanel, type TermExplanation } from './TermInPlace';

export type { TermExplanation } from './TermInPlace';

interface TermOptions {
  /** A term as a link to its entry in the begrippenlijst. */
  termHref?: ((termId: string) => string) | undefined;
  /** A term as a button that opens its explanation in place, below its sentence (issue 17). */
  explain?: ((termId: string) => TermExplanation | undefined) | undefined;
}

/**
 * Renders content markup (see src/content/schema.ts): paragraphs split by a blank line,
 * "- " lists, *emphasis*, and [[term|words]]: explained in place, a link, or plain words.
 */
export function RichText({ text, ...terms }: { text: string } & TermOptions) {
  return (
    <>
      {groups(text).map((g, i) =>
        g.list ? (
          <ul key={i}>
            {g.lines.map((line, j) => (
              <Passage key={j} as="li" text={line} {...terms} />
            ))}
          </ul>
        ) : (
          <Passage key={i} as="p" text={g.lines.join(' ')} {...terms} />
        ),
      )}
    </>
  );
}

interface Group {
  list: boolean;
  lines: string[];
}

/** Paragraphs split at blank lines; inside one, runs of "- " lines become a list. */
function groups(text: string): Group[] {
  const out: Group[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    let current: Group | undefined;
    for (const line of block.split('\n')) {
      const list = line.startsWith('- ');
      if (!current || current.list !== list) {
        current = { list, lines: [] };
        out.push(current);
      }
      current.lines.push(list ? line.slice(2) : line);
    }
  }
  return out;
}

function emphasis(text: string): ReactNode[] {
  return text
    .split(/\*([^*]+)\*/g)
    .map((part, i) => (i % 2 === 1 ? <em key={i}>{part}</em> : part));
}

/**
 * One paragraph or list item. At most one term in it is open; its explanation follows the
 * sentence the term is in, so the sentence is read whole. Focus stays on (or returns to) the term.
 */
function Passage({ as, text, termHref, explain }: { as: 'p' | 'li'; text: string } & TermOptions) {
  const tokens = useMemo(() => tokenize(text), [text]);
  const uid = useId();
  const [open, setOpen] = useState<number | null>(null);
  const focusTerm = useRef<number | null>(null);
  useEffect(() => {
    if (focusTerm.current === null) return;
    document.getElementById(`${uid}-t${focusTerm.current}`)?.focus();
    focusTerm.current = null;
  }, [open, uid]);

  const openToken = open === null ? undefined : tokens[open];
  const explanation = openToken?.kind === 'term' ? explain?.(openToken.id) : undefined;
  const cut = explanation && openToken ? sentenceEnd(text, tokens, openToken.end) : text.length;
  const panelId = `${uid}-panel`;
  const show = (index: number | null, focus: number) => {
    focusTerm.current = focus;
    setOpen(index);
  };

  const term = (t: Extract<Token, { kind: 'term' }>, i: number): ReactNode => {
    const explained = explain?.(t.id);
    if (explained)
      return (
        <TermButton
          key={`k${i}`}
          id={`${uid}-t${i}`}
          href={explained.href}
          expanded={open === i}
          controls={open === i ? panelId : undefined}
          onToggle={() => show(open === i ? null : i, i)}
          onClose={() => show(null, i)}
        >
          {emphasis(t.shown)}
        </TermButton>
      );
    if (termHref)
      return (
        <GlossaryLink key={`k${i}`} className="term-link" to={termHref(t.id)}>
          {emphasis(t.shown)}
        </GlossaryLink>
      );
    return <Fragment key={`k${i}`}>{emphasis(t.shown)}</Fragment>;
  };

  /** The tokens between two places in the text; a plain run may be cut in two. */
  const range = (from: number, to: number): ReactNode[] =>
    tokens.flatMap((t, i): ReactNode[] => {
      if (t.end <= from || t.start >= to) return [];
      if (t.kind === 'term') return [term(t, i)];
      const part = text.slice(Math.max(t.start, from), Math.min(t.end, to));
      const key = t.start < from ? `k${i}b` : t.end > to ? `k${i}a` : `k${i}`;
      return [<Fragment key={key}>{emphasis(part)}</Fragment>];
    });

  const panel =
    explanation && open !== null ? (
      <TermPanel
        key="panel"
        id={panelId}
        explanation={explanation}
        onClose={() => show(null, open)}
      >
        <RichText text={explanation.definition} />
      </TermPanel>
    ) : null;
  const rest = text.slice(cut);
  const tailStart = text.length - rest.trimStart().length;
  const tail = rest.trim() ? range(tailStart, text.length) : [];
  if (as === 'li') return <li>{[...range(0, cut), panel, ...tail]}</li>;
  return (
    <>
      <p key="a">{range(0, cut)}</p>
      {panel}
      {tail.length > 0 && <p key="b">{tail}</p>}
    </>
  );
}
