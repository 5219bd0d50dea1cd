import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CheckItem } from '../../components/CheckItem';
import { ContentText } from '../../components/ContentText';
import { ExternalLink } from '../../components/ExternalLink';
import { MarkToggle } from '../../components/MarkToggle';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import { glossary } from '../../content/glossary';
import type { CheckItem as Item, InfoBlock } from '../../content/schema';
import { glossaryHref } from '../../lib/paths';
import { useDossierContext, useEntryState } from '../../storage/hooks';

/** One info block, with its kind in words (uitleg, begrip, ervaring, controleren, doen). */
export function InfoBlockView({ block }: { block: InfoBlock }) {
  const { t } = useTranslation();
  const l = useLocalize();
  const { dossier, entries } = useDossierContext();
  const [marked, setMarked] = useEntryState(
    dossier.id,
    `mark:${block.id}`,
    entries.marks[block.id],
    false,
  );
  const kind = t(`question.kinds.${block.kind}`);
  const title =
    block.kind === 'begrip'
      ? termTitle(block.term, l)
      : 'title' in block && block.title
        ? l(block.title)
        : kind;
  const headingId = `block-${block.id}`;

  return (
    <section className={`info-block info-block--${block.kind}`} aria-labelledby={headingId}>
      <p className="info-block__kind">{kind}</p>
      <h2 id={headingId} className="info-block__title">
        {title}
      </h2>
      <BlockBody block={block} />
      <MarkToggle marked={marked} onToggle={setMarked} label={title} />
    </section>
  );
}

function termTitle(termId: string, l: ReturnType<typeof useLocalize>): string {
  const term = glossary.terms.find((x) => x.id === termId);
  return term ? l(term.term) : termId;
}

function BlockBody({ block }: { block: InfoBlock }) {
  const { t } = useTranslation();
  const l = useLocalize();
  switch (block.kind) {
    case 'uitleg':
      return (
        <>
          <ContentText text={block.body} />
          {block.links?.map((link) => (
            <p key={link.url}>
              <ExternalLink href={link.url}>{l(link.title)}</ExternalLink>
            </p>
          ))}
          <SourceNote sources={block.sources} />
        </>
      );
    case 'begrip': {
      const term = glossary.terms.find((x) => x.id === block.term);
      return term ? (
        <>
          <ContentText text={term.definition} />
          <p>
            <Link to={glossaryHref(term.id)}>{t('info.sections.glossary.title')}</Link>
          </p>
        </>
      ) : null;
    }
    case 'ervaring':
      return (
        <>
          <ContentText text={block.description} />
          <p>
            <ExternalLink href={block.url}>{l(block.title)}</ExternalLink>
          </p>
          <p className="muted">{t('question.videoNote')}</p>
        </>
      );
    case 'controleren':
    case 'doen':
      return <TickList items={block.items} />;
    default: {
      const unknown: never = block;
      return unknown;
    }
  }
}

function TickList({ items }: { items: readonly Item[] }) {
  return (
    <div className="tick-list">
      {items.map((item) => (
        <TickItem key={item.id} item={item} />
      ))}
    </div>
  );
}

function TickItem({ item }: { item: Item }) {
  const { dossier, entries } = useDossierContext();
  const key = `chain:${item.id}`;
  const [checked, setChecked] = useEntryState(dossier.id, `tick:${key}`, entries.ticks[key], false);
  return (
    <CheckItem id={`tick-${item.id}`} checked={checked} onChange={setChecked}>
      <ContentText text={item.text} />
      <SourceNote sources={item.sources} />
    </CheckItem>
  );
}
