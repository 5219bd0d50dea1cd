import { useTranslation } from 'react-i18next';
import { useLocalize } from '../../components/useLocalize';
import { glossary } from '../../content/glossary';
import type { Question, SourceRef } from '../../content/schema';
import { citation } from '../../content/sources';
import { Fold } from './Fold';
import {
  InfoBlockView,
  isFilm,
  isList,
  isTextBlock,
  TickList,
  useBlockTitle,
} from './InfoBlockView';

/**
 * Everything beyond the short answer, each part folded until she asks for it (issue 17, item 2):
 * "Lees meer", the lists to check or to do, "Filmpjes", and "Bronnen" for every claim.
 */
export function InfoFolds({ question }: { question: Question }) {
  const { t } = useTranslation();
  const title = useBlockTitle();
  const texts = question.blocks.filter(isTextBlock);
  const films = question.blocks.filter(isFilm);
  const lists = question.blocks.filter(isList);
  return (
    <div className="folds">
      {texts.length > 0 && (
        <Fold summary={t('question.readMore')}>
          {texts.map((block) => (
            <InfoBlockView key={block.id} block={block} />
          ))}
        </Fold>
      )}
      {lists.map((block) => (
        <Fold key={block.id} summary={title(block)}>
          <TickList items={block.items} />
        </Fold>
      ))}
      {films.length > 0 && (
        <Fold summary={t('question.videos', { count: films.length })}>
          <p>{t('question.videosNote', { count: films.length })}</p>
          {films.map((block) => (
            <InfoBlockView key={block.id} block={block} />
          ))}
        </Fold>
      )}
      <Fold summary={t('info.sources')}>
        <SourceList question={question} />
      </Fold>
    </div>
  );
}

/** What the short answer and each explanation rest on, by heading. */
function SourceList({ question }: { question: Question }) {
  const { t, i18n } = useTranslation();
  const l = useLocalize();
  const title = useBlockTitle();
  const parts: { id: string; title: string; sources: readonly SourceRef[] }[] = [
    { id: 'short', title: t('question.shortAnswer'), sources: question.shortAnswer.sources },
  ];
  for (const block of question.blocks) {
    if (block.kind === 'uitleg' && block.sources)
      parts.push({ id: block.id, title: title(block), sources: block.sources });
    if (block.kind === 'begrip') {
      const term = glossary.terms.find((x) => x.id === block.term);
      if (term?.sources) parts.push({ id: block.id, title: l(term.term), sources: term.sources });
    }
  }
  return (
    <ul className="fold-sources">
      {parts.map((part) => (
        <li key={part.id}>
          <strong>{part.title}</strong>
          <br />
          {part.sources.map((s) => citation(s, i18n.language)).join('; ')}
        </li>
      ))}
    </ul>
  );
}
