import { useTranslation } from 'react-i18next';
import { CheckItem } from '../../components/CheckItem';
import { ContentText } from '../../components/ContentText';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import type { CheckItem as Item, ChecklistSection as Section } from '../../content/schema';
import { useDossierContext, useEntryState } from '../../storage/hooks';

/** One phase of a checklist: every point can be ticked with one tap, and the tick is saved. */
export function ChecklistSection({ section, prefix }: { section: Section; prefix: string }) {
  const { t } = useTranslation();
  const l = useLocalize();
  const { entries } = useDossierContext();
  const done = section.items.filter((i) => entries.ticks[`${prefix}:${i.id}`]).length;
  return (
    <fieldset className="fieldset checklist-section" aria-describedby={`count-${section.id}`}>
      <legend className="fieldset__legend">
        <h2>{l(section.title)}</h2>
      </legend>
      <p className="muted" id={`count-${section.id}`}>
        {t('checklist.count', { done, total: section.items.length })}
      </p>
      {section.intro && <ContentText text={section.intro} />}
      {section.items.map((item) => (
        <Tick key={item.id} item={item} prefix={prefix} />
      ))}
    </fieldset>
  );
}

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
