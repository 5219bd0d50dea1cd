import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { SaveStatusMessage } from '../../components/SaveStatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { usePageTitle } from '../../components/usePageTitle';
import { after } from '../../content/after';
import { planForVerslag } from '../../content/planSections';
import type { ChecklistSection as Section } from '../../content/schema';
import { worksheets } from '../../content/worksheets';
import { coveredFromTicks, missingFromVerslag } from '../../domain/verslagCheck';
import type { WorksheetValue } from '../../storage/entries';
import { useDossierContext, useEntryState, useSaveStatus } from '../../storage/hooks';
import { ChecklistSection } from './ChecklistSection';
import { PlanCoverage } from './PlanCoverage';
import { NotesFromConversation } from './SavedNotes';

/** The brochure's checks for the verslag: the same ticks as on the "na" checklist. */
const checkIds = ['klopt-het', 'mist-er-iets', 'oplossingen-duidelijk', 'oplossingen-passend'];
const verslagSection = after.sections.find((s) => s.id === 'verslag');
const checks: Section | undefined = verslagSection && {
  ...verslagSection,
  intro: undefined,
  items: verslagSection.items.filter((i) => checkIds.includes(i.id)),
};
const evaluationMax = 3_000;

/**
 * "Controleer het verslag": her notes from the gesprek, the checks, her own plan item by item, and
 * what is missing.
 */
export function VerslagCheckPage() {
  const { t, i18n } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const status = useSaveStatus();
  usePageTitle(t('verslagCheck.title'));
  const plan = planForVerslag(worksheets, entries, i18n.language, t);
  const missing = missingFromVerslag(plan, coveredFromTicks(entries.ticks));
  const [evaluation, setEvaluation] = useEntryState(
    dossier.id,
    'ws:evaluatie',
    entries.worksheet.evaluatie,
    { private: true } satisfies WorksheetValue,
  );
  const text = evaluation.text ?? '';

  return (
    <div className="prose">
      <BackLink to={`/dossiers/${dossier.id}/na`} />
      <PageHeading caption={dossierCaption(dossier, t)}>{t('verslagCheck.title')}</PageHeading>
      <p className="lead">{t('verslagCheck.lead')}</p>
      <NotesFromConversation lead={t('verslagCheck.notesLead')} />
      {checks && <ChecklistSection section={checks} prefix="after" />}
      <PlanCoverage plan={plan} />
      <section aria-labelledby="missing-title" aria-live="polite">
        <h2 id="missing-title">{t('verslagCheck.missingTitle')}</h2>
        {plan.sections.length === 0 ? (
          <p>{t('verslagCheck.noPlan')}</p>
        ) : missing.length === 0 ? (
          <p>{t('verslagCheck.nothingMissing')}</p>
        ) : (
          <>
            <ul className="missing-list">
              {missing.map((m) => (
                <li key={m.id}>
                  <strong>{m.label}</strong>: {m.text}
                </li>
              ))}
            </ul>
            <p>
              <Link to={`/dossiers/${dossier.id}/brieven/reactie-verslag`}>
                {t('verslagCheck.toLetter')}
              </Link>
            </p>
          </>
        )}
      </section>
      <h2>{t('verslagCheck.evaluationTitle')}</h2>
      <TextAreaField
        id="evaluatie"
        label={t('verslagCheck.evaluationLabel')}
        hint={t('verslagCheck.evaluationHint')}
        maxLength={evaluationMax}
        length={text.length}
        value={text}
        rows={5}
        onChange={(e) => setEvaluation({ text: e.target.value, private: true })}
      />
      <SaveStatusMessage status={status} />
    </div>
  );
}
