import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { Radios } from '../../components/Radios';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import type { PlanVersion } from '../../domain/planDocument';
import { useDossierContext } from '../../storage/hooks';
import { planDocument } from './documents';
import { PlanMetaLines, PlanSections, VersionMark } from './PlanParts';
import { printableChoices } from './printablePlanPath';
import { useDocumentContext } from './useDocumentContext';

/**
 * /dossiers/:id/pdf/printen: the plan as a plain page, with real headings and lists (issue 17
 * item 15). react-pdf writes untagged PDFs; the browser's own "Opslaan als PDF" of this page
 * gives a tagged one that a screen reader can follow. Printing hides everything but the plan.
 */
export function PlanPrintPage() {
  const { t, i18n } = useTranslation();
  const { dossier } = useDossierContext();
  const [query, setQuery] = useSearchParams();
  const choices = printableChoices(query, i18n.language);
  const context = useDocumentContext(choices.language);
  const doc = planDocument(context, choices.version);
  const dt = context.t;
  const [printed, setPrinted] = useState(false);
  usePageTitle(t('pdf.printable.title'));

  const chooseVersion = (version: PlanVersion) => {
    const next = new URLSearchParams(query);
    next.set('versie', version);
    setQuery(next, { replace: true });
  };

  return (
    <div className={choices.largePrint ? 'prose plan-print plan-print--large' : 'prose plan-print'}>
      <BackLink to={`/dossiers/${dossier.id}/pdf`} />
      <article lang={choices.language}>
        <PageHeading>{dt('pdf.doc.planTitle')}</PageHeading>
        <VersionMark doc={doc} t={dt} />
        <div className="plan-print__controls" lang={i18n.language}>
          <p>{t('pdf.printable.lead')}</p>
          <p>{t('pdf.printable.save')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setPrinted(true);
              window.print();
            }}
          >
            {t('pdf.printable.print')}
          </button>
          <StatusMessage error={false}>{printed ? t('pdf.actions.printed') : ''}</StatusMessage>
        </div>
        <PlanMetaLines doc={doc} t={dt} />
        {doc.sections.length === 0 ? (
          <div className="inset plan-print__controls" lang={i18n.language}>
            <p>{t('pdf.empty')}</p>
            <Link to={`/dossiers/${dossier.id}/plan`}>{t('pdf.toPlan')}</Link>
          </div>
        ) : (
          <PlanSections doc={doc} t={dt} heading="h2" />
        )}
        {/* The other version is a choice for later: first the plan itself. */}
        <div className="plan-print__controls" lang={i18n.language}>
          <Radios<PlanVersion>
            name="versie"
            legend={t('pdf.versionLegend')}
            options={[
              { value: 'gemeente', label: t('pdf.versionGemeente') },
              { value: 'zelf', label: t('pdf.versionZelf') },
            ]}
            value={choices.version}
            onChange={chooseVersion}
          />
        </div>
      </article>
    </div>
  );
}
