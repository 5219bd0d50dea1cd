import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierCaption, dossierName } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { Radios } from '../../components/Radios';
import { usePageTitle } from '../../components/usePageTitle';
import type { PlanVersion } from '../../domain/planDocument';
import { pdfFileName } from '../../domain/checklistDocument';
import { localeOf, type UiLanguage } from '../../i18n/i18n';
import { todayIso } from '../../lib/today';
import { useAutosave, useDossierContext, usePartDone } from '../../storage/hooks';
import { PartDoneForm } from '../../components/PartDoneForm';
import { downloadBlob } from '../../lib/downloadBlob';
import { checklistDocument, planDocument, type DocumentContext } from './documents';
import { PlanPreview } from './PlanPreview';
import { StatusMessage } from '../../components/StatusMessage';

type Status = { kind: 'idle' } | { kind: 'making' } | { kind: 'ready' } | { kind: 'failed' };

export function ExportPage() {
  const { t, i18n } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const partDone = usePartDone(dossier.id, 'pdf');
  const save = useAutosave(dossier.id);
  usePageTitle(t('pdf.title'));
  const [version, setVersion] = useState<PlanVersion>('gemeente');
  const [language, setLanguage] = useState<UiLanguage>(i18n.language === 'en' ? 'en' : 'nl');
  const [largePrint, setLargePrint] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [pages, setPages] = useState<{ key: string; pages: number; replaced: number } | null>(null);

  const context: DocumentContext = {
    dossier,
    entries,
    name: entries.worksheet.naam?.text?.trim() || dossier.personName || dossierName(dossier, t),
    language,
    locale: localeOf[language],
    today: todayIso(),
    t: i18n.getFixedT(language),
  };
  const doc = planDocument(context, version);
  const docKey = useMemo(
    () => JSON.stringify([doc, largePrint, language]),
    [doc, largePrint, language],
  );

  // The page count needs the real PDF: make it in the background once the page is shown.
  useEffect(() => {
    if (doc.sections.length === 0) return;
    let current = true;
    const start = performance.now();
    void import('./makePdf')
      .then((m) => m.makePlanPdf(doc, context.t, language, largePrint))
      .then((made) => {
        // The first PDF of a page view includes loading the PDF code: the "cold" figure in npm run bench.
        performance.measure('pdf-background', { start });
        if (current) setPages({ key: docKey, pages: made.pages, replaced: made.replaced });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // docKey holds everything the PDF depends on
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [docKey]);
  const known = pages?.key === docKey ? pages : null;

  const download = async (which: 'plan' | 'checklist') => {
    setStatus({ kind: 'making' });
    performance.mark(`pdf-${which}-start`);
    try {
      const m = await import('./makePdf');
      const made =
        which === 'plan'
          ? await m.makePlanPdf(doc, context.t, language, largePrint)
          : await m.makeChecklistPdf(checklistDocument(context), context.t, language, largePrint);
      performance.measure(`pdf-${which}`, `pdf-${which}-start`);
      const prefix =
        which === 'plan' ? context.t('pdf.fileNamePlan') : context.t('pdf.fileNameChecklist');
      downloadBlob(made.blob, pdfFileName(prefix, context.name, context.today));
      save(`tick:pdf:${which}`, true);
      setStatus({ kind: 'ready' });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <div className="prose">
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
      <div className="check-item">
        <input
          type="checkbox"
          id="large-print"
          checked={largePrint}
          onChange={(e) => setLargePrint(e.target.checked)}
        />
        <label htmlFor="large-print">{t('pdf.largePrint')}</label>
      </div>

      {doc.sections.length === 0 ? (
        <div className="inset">
          <p>{t('pdf.empty')}</p>
          <Link to={`/dossiers/${dossier.id}/plan`}>{t('pdf.toPlan')}</Link>
        </div>
      ) : (
        <>
          <h3>{t('pdf.previewTitle')}</h3>
          {doc.privateLeftOut > 0 && (
            <p>{t('pdf.privateLeftOut', { count: doc.privateLeftOut })}</p>
          )}
          <PlanPreview doc={doc} language={language} />
          {known && (
            <p className={known.pages > 2 ? 'warning-text' : ''}>
              {t('pdf.pages', { count: known.pages })} {known.pages > 2 ? t('pdf.tooLong') : ''}
            </p>
          )}
          {known && known.replaced > 0 && <p className="warning-text">{t('pdf.replaced')}</p>}
          <button type="button" className="button" onClick={() => void download('plan')}>
            {t('pdf.download')}
          </button>
        </>
      )}

      <h2>{t('pdf.checklistTitle')}</h2>
      <p>{t('pdf.checklistLead')}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void download('checklist')}
      >
        {t('pdf.downloadChecklist')}
      </button>
      <StatusMessage error={status.kind === 'failed'}>
        {status.kind === 'making'
          ? t('pdf.making')
          : status.kind === 'ready'
            ? t('pdf.ready')
            : status.kind === 'failed'
              ? t('pdf.failed')
              : ''}
      </StatusMessage>
      <PartDoneForm
        initial={entries.parts.pdf === undefined ? undefined : entries.parts.pdf === 'klaar'}
        onSubmit={partDone}
      />
    </div>
  );
}
