import { useTranslation } from 'react-i18next';
import { ContentText } from '../../components/ContentText';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import { splitEssentials } from '../../content/essentials';
import type { ChecklistItem, ChecklistSection as Section } from '../../content/schema';

function Points({ items }: { items: readonly ChecklistItem[] }) {
  return (
    <ul className="checklist">
      {items.map((item) => (
        <li key={item.id}>
          <ContentText text={item.text} />
          <SourceNote sources={item.sources} />
        </li>
      ))}
    </ul>
  );
}

/** A titled list of points; on paper each point gets an empty box to tick by hand. */
export function ChecklistSection({ section, level = 2 }: { section: Section; level?: 2 | 3 }) {
  const l = useLocalize();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`section-${section.id}`} id={section.id}>
      <Heading id={`section-${section.id}`}>{l(section.title)}</Heading>
      {section.intro && <ContentText text={section.intro} />}
      <Points items={section.items} />
    </section>
  );
}

/**
 * The same checklist as in a dossier, to read: the few points that matter most first, and the
 * rest, section by section, under a folded "Meer tips" (issue 17, item 14).
 */
export function EssentialsToRead({ sections }: { sections: readonly Section[] }) {
  const { t } = useTranslation();
  const { lead, rest, more } = splitEssentials(sections);
  return (
    <>
      <h2>{t('checklist.essentialsTitle')}</h2>
      <Points items={lead} />
      {more > 0 && (
        <details className="details more-tips">
          <summary>{t('checklist.more', { count: more })}</summary>
          {rest.map((section) => (
            <ChecklistSection key={section.id} section={section} level={3} />
          ))}
        </details>
      )}
    </>
  );
}
