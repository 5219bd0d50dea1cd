import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { PartDoneForm } from '../../components/PartDoneForm';
import { CheckItem } from '../../components/CheckItem';
import { PdfActions } from '../../components/PdfActions';
import { Radios } from '../../components/Radios';
import { usePageTitle } from '../../components/usePageTitle';
import type { PlanVersion } from '../../domain/planDocument';
import type { UiLanguage } from '../../i18n/i18n';
import { useAutosave, useDossierContext, usePartDone } from '../../storage/hooks';
import { checklistDocument, planDocument } from './documents';
import { checklistFileName, planFileName } from './fileNames';
import { printablePlanPath } from './printablePlanPath';
import { PlanPreview } from './PlanPreview';
import { useDocumentContext } from './useDocumentContext';
import { usePlanPdf } from './usePlanPdf';

export function ExportPage() {
  const { t, i18n } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const partDone = usePartDone(dossier.id, 'pdf');
  const save = useAutosave(dossier.id);
  usePageTitle(t('pdf.title'));
  const [version, setVersion] = useState<PlanVersion>('gemeente');
  const [language, setLanguage] = useState<UiLanguage>(i18n.language === 'en' ? 'en' : 'nl');
  const [largePrint, setLargePrint] = useState(false);
  const context = useDocumentContext(language);
  const doc = planDocument(context, version);
  const plan = usePlanPdf(doc, context.t, language, largePrint);
  const known = plan.known;

  const makePlan = async () => {
    performance.mark('pdf-plan-start');
    const made = await plan.get();
    performance.measure('pdf-plan', 'pdf-plan-start');
    return {
      blob: made.blob,
      fileName: planFileName(context.t, version, context.name, context.today),
      title: `${context.t('pdf.doc.planTitle')}: ${context.name}`,
    };
  };
  const makeChecklist = async () => {
    const m = await import('./makePdf');
    const made = await m.makeChecklistPdf(
      checklistDocument(context),
      context.t,
      language,
      largePrint,
    );
    return {
      blob: made.blob,
      fileName: checklistFileName(context.t, context.name, context.today),
      title: `${context.t('pdf.doc.checklistTitle')}: ${context.name}`,
    };
  };

  return (
    <div className="prose export-page">
      <BackLink to={`/dossiers/${dossier.id}`} />
      <PageHeading caption={dossierCaption(dossier, t)}>{t('pdf.title')}</PageHeading>
      <p className="lead">{t('pdf.lead')}</p>

      <h2>{t('pdf.planTitle')}</h2>
      <Radios<PlanVersion>
        name="versie"
        legend={t('pdf.versionLegend')}
        options={[
          {
            value: 'gemeente',
            label: t('pdf.versionGemeente'),
            hint: t('pdf.versionGemeenteHint'),
          },
          { value: 'zelf', label: t('pdf.versionZelf'), hint: t('pdf.versionZelfHint') },
        ]}
        value={version}
        onChange={setVersion}
      />
      {/* Folded, so that the buttons are on her first screens; the summary names both choices. */}
      <details className="details export-more">
        <summary>{t('pdf.moreChoices')}</summary>
        <Radios<UiLanguage>
          name="pdf-taal"
          legend={t('pdf.languageLegend')}
          options={[
            { value: 'nl', label: t('settings.languageNl') },
            { value: 'en', label: t('settings.languageEn') },
          ]}
          value={language}
          onChange={setLanguage}
        />
        <CheckItem id="large-print" checked={largePrint} onChange={setLargePrint}>
          {t('pdf.largePrint')}
        </CheckItem>
      </details>

      {doc.sections.length === 0 ? (
        <div className="inset">
          <p>{t('pdf.empty')}</p>
          <Link to={`/dossiers/${dossier.id}/plan`}>{t('pdf.toPlan')}</Link>
        </div>
      ) : (
        <>
          {/* The actions first, the preview below: on a phone she reaches them without scrolling. */}
          {known && (
            <p className={known.pages > 2 ? 'warning-text' : ''}>
              {t('pdf.pages', { count: known.pages })} {known.pages > 2 ? t('pdf.tooLong') : ''}
            </p>
          )}
          {known && known.replaced > 0 && <p className="warning-text">{t('pdf.replaced')}</p>}
          <PdfActions
            labels={{
              share: t('pdf.plan.share'),
              open: t('pdf.plan.open'),
              print: t('pdf.plan.print'),
              download: t('pdf.download'),
            }}
            cacheKey={`${plan.key}${version}`}
            make={makePlan}
            print={() => window.print()}
            onDone={() => save('tick:pdf:plan', true)}
          />
          <p>{t('pdf.printableLead')}</p>
          <p>
            <Link to={printablePlanPath(dossier.id, version, language, largePrint)}>
              {t('pdf.printableLink')}
            </Link>
          </p>
          <h3>{t('pdf.previewTitle')}</h3>
          {doc.privateLeftOut > 0 && (
            <p>{t('pdf.privateLeftOut', { count: doc.privateLeftOut })}</p>
          )}
          <PlanPreview doc={doc} language={language} largePrint={largePrint} />
        </>
      )}

      <h2>{t('pdf.checklistTitle')}</h2>
      <p>{t('pdf.checklistLead')}</p>
      <PdfActions
        labels={{
          share: t('pdf.checklist.share'),
          open: t('pdf.checklist.open'),
          download: t('pdf.downloadChecklist'),
        }}
        cacheKey={JSON.stringify([entries, language, largePrint, context.today])}
        make={makeChecklist}
        onDone={() => save('tick:pdf:checklist', true)}
      />
      <p>
        <Link to={`/dossiers/${dossier.id}/lijst-afdrukken`}>
          {t('pdf.checklistPrintableLink')}
        </Link>
      </p>
      <PartDoneForm
        initial={entries.parts.pdf === undefined ? undefined : entries.parts.pdf === 'klaar'}
        onSubmit={partDone}
      />
    </div>
  );
}
