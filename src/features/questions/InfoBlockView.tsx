import { useTranslation } from 'react-i18next';
import { CheckItem } from '../../components/CheckItem';
import { ContentText } from '../../components/ContentText';
import { ExternalLink } from '../../components/ExternalLink';
import { GlossaryLink } from '../../components/GlossaryLink';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import { glossary } from '../../content/glossary';
import type { InfoBlock } from '../../content/schema';
import { glossaryHref } from '../../lib/paths';
import { useDossierContext, useEntryState } from '../../storage/hooks';
import { useChainVoice } from './questionText';

export type TextBlock = Extract<InfoBlock, { kind: 'uitleg' | 'begrip' | 'ervaring' }>;
export type ListBlock = Extract<InfoBlock, { kind: 'controleren' | 'doen' }>;

export const isTextBlock = (b: InfoBlock): b is Exclude<TextBlock, { kind: 'ervaring' }> =>
  b.kind === 'uitleg' || b.kind === 'begrip';
export const isFilm = (b: InfoBlock): b is Extract<InfoBlock, { kind: 'ervaring' }> =>
  b.kind === 'ervaring';
export const isList = (b: InfoBlock): b is ListBlock =>
  b.kind === 'controleren' || b.kind === 'doen';

/** The heading of a block: its own title, the word it explains, or its kind in words. */
export function useBlockTitle(): (block: InfoBlock) => string {
  const { t } = useTranslation();
  const l = useLocalize();
  const voice = useChainVoice();
  return (block) => {
    if (block.kind === 'begrip') {
      const term = glossary.terms.find((x) => x.id === block.term);
      return term ? l(term.term) : block.term;
    }
    if (block.kind === 'ervaring') return l(block.title);
    return block.title
      ? l(voice(block.title, block.titleOther))
      : t(`question.kinds.${block.kind}`);
  };
}

/** One block of text inside a fold of the uitleg page: an explanation, a word, or a film. */
export function InfoBlockView({ block }: { block: TextBlock }) {
  const { t } = useTranslation();
  const title = useBlockTitle()(block);
  const headingId = `block-${block.id}`;
  return (
    <section className={`fold-block fold-block--${block.kind}`} aria-labelledby={headingId}>
      {block.kind === 'begrip' && <p className="fold-block__kind">{t('question.kinds.begrip')}</p>}
      <h2 id={headingId} className="fold-block__title">
        {title}
      </h2>
      <BlockBody block={block} />
    </section>
  );
}

function BlockBody({ block }: { block: TextBlock }) {
  const { t } = useTranslation();
  const l = useLocalize();
  const voice = useChainVoice();
  switch (block.kind) {
    case 'uitleg':
      return (
        <>
          <ContentText text={voice(block.body, block.bodyOther)} />
          {block.links?.map((link) => (
            <p key={link.url}>
              <ExternalLink href={link.url}>{l(link.title)}</ExternalLink>
            </p>
          ))}
        </>
      );
    case 'begrip': {
      const term = glossary.terms.find((x) => x.id === block.term);
      return term ? (
        <>
          <ContentText text={term.definition} />
          <p>
            <GlossaryLink to={glossaryHref(term.id)}>{t('glossary.all')}</GlossaryLink>
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
        </>
      );
    default: {
      const unknown: never = block;
      return unknown;
    }
  }
}

/** The things to check or to do, each with its own tick box; a legal point keeps its source. */
type Item = ListBlock['items'][number];

export function TickList({ items }: { items: readonly Item[] }) {
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
  const voice = useChainVoice();
  return (
    <CheckItem id={`tick-${item.id}`} checked={checked} onChange={setChecked}>
      <ContentText text={voice(item.text, item.textOther)} />
      <SourceNote sources={item.sources} />
    </CheckItem>
  );
}
