import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { CheckItem } from '../../components/CheckItem';
import { ContentText } from '../../components/ContentText';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { PartDoneForm } from '../../components/PartDoneForm';
import { SaveStatusMessage } from '../../components/SaveStatusMessage';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import { usePageTitle } from '../../components/usePageTitle';
import { after } from '../../content/after';
import { during } from '../../content/during';
import type { CheckItem as Item, ChecklistSection } from '../../content/schema';
import { useDossierContext, useEntryState, useSaveStatus, usePartDone } from '../../storage/hooks';
import { OwnQuestions } from './OwnQuestions';

const lists = {
  tijdens: {
    prefix: 'during',
    sections: during.phases,
    intro: during.intro,
    title: 'info.sections.during.title',
  },
  na: {
    prefix: 'after',
    sections: after.sections,
    intro: after.intro,
    title: 'info.sections.after.title',
  },
} as const;

/** The tijdens or na checklist inside a dossier: every point can be ticked, and ticks are saved. */
export function DossierChecklistPage({ part }: { part: keyof typeof lists }) {
  const { t } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const partDone = usePartDone(dossier.id, part);
  const status = useSaveStatus();
  const list = lists[part];
  const title = t(list.title);
  usePageTitle(title);

  return (
    <div className="prose">
      <BackLink to={`/dossiers/${dossier.id}`} />
      <PageHeading caption={dossierCaption(dossier, t)}>{title}</PageHeading>
      <ContentText text={list.intro} />
      {part === 'tijdens' && <OwnQuestions />}
      <p>{t('checklist.lead')}</p>
      {list.sections.map((section) => (
        <Section key={section.id} section={section} prefix={list.prefix} />
      ))}
      <PartDoneForm
        initial={entries.parts[part] === undefined ? undefined : entries.parts[part] === 'klaar'}
        onSubmit={partDone}
      />
      <SaveStatusMessage status={status} />
    </div>
  );
}

function Section({ section, prefix }: { section: ChecklistSection; prefix: string }) {
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
