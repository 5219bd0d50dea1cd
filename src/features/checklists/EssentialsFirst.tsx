import { useTranslation } from 'react-i18next';
import { splitEssentials } from '../../content/essentials';
import type { ChecklistSection as Section } from '../../content/schema';
import { ChecklistSection, TickGroup } from './ChecklistSection';

/**
 * A checklist that leads with the few points marked essential in content (issue 17, item 14); the
 * other points stay, phase by phase, under a folded "Meer tips". Ticks keep their keys.
 */
export function EssentialsFirst({
  sections,
  prefix,
}: {
  sections: readonly Section[];
  prefix: string;
}) {
  const { t } = useTranslation();
  const { lead, rest, more } = splitEssentials(sections);
  return (
    <>
      <TickGroup
        id={`${prefix}-lead`}
        title={<h2>{t('checklist.essentialsTitle')}</h2>}
        items={lead}
        prefix={prefix}
      />
      {more > 0 && (
        <details className="details more-tips">
          <summary>{t('checklist.more', { count: more })}</summary>
          {rest.map((section) => (
            <ChecklistSection key={section.id} section={section} prefix={prefix} level={3} />
          ))}
        </details>
      )}
    </>
  );
}
