import { ContentText } from '../../components/ContentText';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import type { ChecklistSection as Section } from '../../content/schema';

/** A titled list of points; on paper each point gets an empty box to tick by hand. */
export function ChecklistSection({ section }: { section: Section }) {
  const l = useLocalize();
  return (
    <section aria-labelledby={`section-${section.id}`} id={section.id}>
      <h2 id={`section-${section.id}`}>{l(section.title)}</h2>
      {section.intro && <ContentText text={section.intro} />}
      <ul className="checklist">
        {section.items.map((item) => (
          <li key={item.id}>
            <ContentText text={item.text} />
            <SourceNote sources={item.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
