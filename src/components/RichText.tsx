import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * Renders content markup (see src/content/schema.ts): paragraphs split by a blank line,
 * "- " lists, *emphasis*, and [[term|words]] as a link to the begrippenlijst.
 */
export function RichText({
  text,
  termHref,
}: {
  text: string;
  termHref: (termId: string) => string;
}) {
  return <>{groups(text).map((g, i) => renderGroup(g, i, termHref))}</>;
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

function renderGroup(g: Group, key: number, termHref: (termId: string) => string): ReactNode {
  if (g.list) {
    return (
      <ul key={key}>
        {g.lines.map((l, j) => (
          <li key={j}>{inline(l, termHref)}</li>
        ))}
      </ul>
    );
  }
  return <p key={key}>{inline(g.lines.join(' '), termHref)}</p>;
}

function emphasis(text: string): ReactNode[] {
  return text
    .split(/\*([^*]+)\*/g)
    .map((part, i) => (i % 2 === 1 ? <em key={i}>{part}</em> : part));
}

export function inline(text: string, termHref: (termId: string) => string): ReactNode {
  const parts = text.split(/\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]/g);
  const out: ReactNode[] = [];
  for (let i = 0; i < parts.length; i += 3) {
    out.push(<Fragment key={i}>{emphasis(parts[i] ?? '')}</Fragment>);
    const term = parts[i + 1];
    if (term !== undefined) {
      const shown = parts[i + 2] ?? term.replace(/-/g, ' ');
      out.push(
        <Link key={`t${i}`} className="term-link" to={termHref(term)}>
          {emphasis(shown)}
        </Link>,
      );
    }
  }
  return out;
}
