import { useTranslation } from 'react-i18next';
import { CheckItem } from '../../components/CheckItem';
import type { PlanDocument } from '../../domain/planDocument';
import { useDossierContext, useEntryState } from '../../storage/hooks';

/** The resident's plan beside the verslag: tick each point the verslag covers. */
export function PlanCoverage({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('verslagCheck.planTitle')}</h2>
      <p>{t('verslagCheck.planLead')}</p>
      {plan.sections.map((section) => (
        <fieldset key={section.id} className="fieldset checklist-section">
          <legend className="fieldset__legend">
            <h3>{section.title}</h3>
          </legend>
          {section.items.map((item) => (
            <Covered key={item.id} id={item.id} label={item.label} text={item.text} />
          ))}
        </fieldset>
      ))}
    </section>
  );
}

function Covered({ id, label, text }: { id: string; label: string; text: string }) {
  const { dossier, entries } = useDossierContext();
  const key = `verslag:${id}`;
  const [checked, setChecked] = useEntryState(dossier.id, `tick:${key}`, entries.ticks[key], false);
  return (
    <CheckItem id={`tick-${key}`} checked={checked} onChange={setChecked}>
      <strong>{label}</strong>
      <br />
      <span className="plan-coverage__text">{text}</span>
    </CheckItem>
  );
}
