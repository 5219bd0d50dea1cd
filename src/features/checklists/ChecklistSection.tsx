import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckItem } from '../../components/CheckItem';
import { ContentText } from '../../components/ContentText';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import type { ChecklistItem as Item, ChecklistSection as Section } from '../../content/schema';
import { useDossierContext, useEntryState } from '../../storage/hooks';

/** One phase of a checklist: every point can be ticked with one tap, and the tick is saved. */
export function ChecklistSection({
  section,
  prefix,
  level = 2,
}: {
  section: Section;
  prefix: string;
  /** h3 when the phase sits under "Meer tips". */
  level?: 2 | 3;
}) {
  const l = useLocalize();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <TickGroup
      id={`${prefix}-${section.id}`}
      title={<Heading>{l(section.title)}</Heading>}
      items={section.items}
      prefix={prefix}
    >
      {section.intro && <ContentText text={section.intro} />}
    </TickGroup>
  );
}

/** A group of ticks under a heading, with how many are done. */
export function TickGroup({
  id,
  title,
  items,
  prefix,
  children,
}: {
  id: string;
  title: ReactNode;
  items: readonly Item[];
  prefix: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { entries } = useDossierContext();
  const done = items.filter((i) => entries.ticks[`${prefix}:${i.id}`]).length;
  return (
    <fieldset className="fieldset checklist-section" aria-describedby={`count-${id}`}>
      <legend className="fieldset__legend">{title}</legend>
      <p className="muted" id={`count-${id}`}>
        {t('checklist.count', { done, total: items.length })}
      </p>
      {children}
      {items.map((item) => (
        <Tick key={item.id} item={item} prefix={prefix} />
      ))}
    </fieldset>
  );
}

/** The tick is stored under tick:<prefix>:<item id>, so that ticks stay when the list is reordered. */
function Tick({ item, prefix }: { item: Item; prefix: string }) {
  const { dossier, entries } = useDossierContext();
  const key = `${prefix}:${item.id}`;
  const [checked, setChecked] = useEntryState(dossier.id, `tick:${key}`, entries.ticks[key], false);
  return (
    <CheckItem id={`tick-${key}`} checked={checked} onChange={setChecked}>
      <ContentText text={item.text} />
      <SourceNote sources={item.sources} />
    </CheckItem>
  );
}
