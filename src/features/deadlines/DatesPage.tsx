import { Fragment, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { ContentText } from '../../components/ContentText';
import { DateField } from '../../components/DateField';
import { dossierCaption } from '../../components/dossierName';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Radios } from '../../components/Radios';
import { SaveStatusMessage } from '../../components/SaveStatusMessage';
import { useLocalize } from '../../components/useLocalize';
import { usePageTitle } from '../../components/usePageTitle';
import { deadlineTexts } from '../../content/deadlines';
import type { EventError, EventId } from '../../domain/deadlines';
import { flushSaves } from '../../storage/autosave';
import { readEntries } from '../../storage/entryRepository';
import type { AnswerValue } from '../../storage/entries';
import { useDossierContext, useEntryState, useSaveStatus } from '../../storage/hooks';
import { todayIso } from '../../lib/today';
import { deadlineModel } from '../../domain/deadlineModel';

/** The dates in the order they happen; the suspension (Awb 4:15) and the bezwaar each under a heading. */
const eventGroups: readonly {
  key: string;
  title?: 'dates.suspensionTitle' | 'dates.laterTitle';
  ids: readonly EventId[];
}[] = [
  { key: 'start', ids: ['melding', 'gesprek', 'verslag', 'aanvraag'] },
  {
    key: 'suspension',
    title: 'dates.suspensionTitle',
    ids: ['opschorting-start', 'opschorting-eind'],
  },
  { key: 'beschikking', ids: ['beschikking'] },
  { key: 'later', title: 'dates.laterTitle', ids: ['bezwaar-ingediend', 'beslissing-op-bezwaar'] },
];

/** All the dates the resident knows, on one page, each with where to find it. */
export function DatesPage() {
  const { t } = useTranslation();
  const l = useLocalize();
  const navigate = useNavigate();
  const { dossier, entries } = useDossierContext();
  const status = useSaveStatus();
  const [touched, setTouched] = useState<ReadonlySet<EventId | 'all'>>(new Set());
  const model = deadlineModel(entries.dates, entries.choices.commissie, todayIso());
  const labelOf = (id: EventId) =>
    l(deadlineTexts.events.find((e) => e.id === id)?.label ?? { nl: id, en: id });
  const message = (e: EventError) =>
    t(`dates.errors.${e.code}`, {
      label: labelOf(e.event),
      other: e.code === 'before' || e.code === 'needs' ? t(`dates.eventNames.${e.other}`) : '',
    });
  const shown = model.errors.filter((e) => touched.has('all') || touched.has(e.event));
  usePageTitle(t('dates.title'), shown.length > 0);
  // Dates most people never need fold away. A group opens once one of its dates is filled in or
  // wrong, and then stays open: it never folds away under the resident's cursor.
  const needed = eventGroups
    .filter((g) =>
      g.ids.some((id) => model.raw[id].trim() !== '' || shown.some((e) => e.event === id)),
    )
    .map((g) => g.key);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set(needed));
  if (needed.some((k) => !opened.has(k))) setOpened(new Set([...opened, ...needed]));
  const [commissie, setCommissie] = useEntryState(
    dossier.id,
    'choice:commissie',
    entries.choices.commissie,
    'weet-niet',
  );

  return (
    <div className="prose">
      <BackLink to={`/dossiers/${dossier.id}`} />
      <ErrorSummary
        errors={shown.map((e) => ({ fieldId: `date-${e.event}`, message: message(e) }))}
      />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(new Set(['all']));
          // Check what was just typed, not what was stored a moment ago.
          void flushSaves()
            .then(() => readEntries(dossier.id))
            .then((fresh) => {
              if (
                deadlineModel(fresh.dates, fresh.choices.commissie, todayIso()).errors.length === 0
              ) {
                void navigate(`/dossiers/${dossier.id}/data/tijdlijn`);
              }
            });
        }}
      >
        <PageHeading caption={dossierCaption(dossier, t)}>{t('dates.title')}</PageHeading>
        <ContentText text={deadlineTexts.intro} />
        {eventGroups.map((group) => {
          const fields = group.ids.map((id) => (
            <EventDate
              key={id}
              id={id}
              error={shown.find((e) => e.event === id)}
              message={message}
              onBlur={() => setTouched((s) => new Set([...s, id]))}
            />
          ));
          if (!group.title) return <Fragment key={group.key}>{fields}</Fragment>;
          return (
            <details key={group.key} className="details" open={opened.has(group.key)}>
              <summary>{t(group.title)}</summary>
              {fields}
            </details>
          );
        })}
        <Radios<AnswerValue>
          name="commissie"
          legend={l(deadlineTexts.commissie.label)}
          hint={l(deadlineTexts.commissie.help)}
          options={(['ja', 'nee', 'weet-niet'] as const).map((v) => ({
            value: v,
            label: t(`plan.yesno.${v}`),
          }))}
          value={commissie}
          onChange={setCommissie}
        />
        <button type="submit" className="button">
          {t('dates.show')}
        </button>
      </form>
      <SaveStatusMessage status={status} />
    </div>
  );
}

function EventDate({
  id,
  error,
  message,
  onBlur,
}: {
  id: EventId;
  error: EventError | undefined;
  message: (e: EventError) => string;
  onBlur: () => void;
}) {
  const l = useLocalize();
  const { dossier, entries } = useDossierContext();
  const text = deadlineTexts.events.find((e) => e.id === id);
  const [value, setValue] = useEntryState(dossier.id, `date:${id}`, entries.dates[id], '');
  if (!text) return null;
  return (
    <DateField
      id={`date-${id}`}
      label={l(text.label).replace(/\*/g, '')}
      hint={<ContentText text={text.help} />}
      value={value}
      onChange={setValue}
      onBlur={onBlur}
      error={error ? message(error) : undefined}
    />
  );
}
