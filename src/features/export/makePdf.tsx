// Loaded only when the resident asks for a PDF: it pulls in @react-pdf/renderer and the font.
import type { TFunction } from 'i18next';
import type { ChecklistDocument } from '../../domain/checklistDocument';
import type { PlanDocument } from '../../domain/planDocument';
import { cleanForPdf, type MadePdf } from '../../pdf/madePdf';
import { countPages, renderPdf } from '../../pdf/renderPdf';
import { ChecklistPdf } from './pdf/ChecklistPdf';
import { PlanPdf } from './pdf/PlanPdf';

export type { MadePdf };

export async function makePlanPdf(
  doc: PlanDocument,
  t: TFunction,
  language: string,
  largePrint: boolean,
): Promise<MadePdf> {
  const count = { n: 0 };
  const safe = cleanForPdf(doc, count);
  const m = safe.meta;
  const blob = await renderPdf(
    <PlanPdf
      doc={safe}
      largePrint={largePrint}
      language={language}
      text={{
        title: t('pdf.doc.planTitle'),
        for: t('pdf.doc.for', { name: m.name }),
        ...(m.meldingDate ? { melding: t('pdf.doc.melding', { date: m.meldingDate }) } : {}),
        madeOn: t('pdf.doc.madeOn', { date: m.madeOn }),
        ...(m.helper ? { helper: t('pdf.doc.helper', { name: m.helper }) } : {}),
        ...(safe.version === 'zelf' ? { versionNote: t('pdf.doc.versionZelf') } : {}),
        privateTag: t('pdf.doc.privateTag'),
        page: (page, total) => t('pdf.doc.page', { name: m.name, page, total }),
        subject: t('pdf.doc.subject'),
      }}
    />,
  );
  return { blob, pages: await countPages(blob), replaced: count.n };
}

export async function makeChecklistPdf(
  doc: ChecklistDocument,
  t: TFunction,
  language: string,
  largePrint: boolean,
): Promise<MadePdf> {
  const count = { n: 0 };
  const safe = cleanForPdf(doc, count);
  const blob = await renderPdf(
    <ChecklistPdf
      doc={safe}
      largePrint={largePrint}
      language={language}
      text={{
        title: t('pdf.doc.checklistTitle'),
        for: t('pdf.doc.for', { name: safe.name }),
        madeOn: t('pdf.doc.madeOn', { date: safe.madeOn }),
        ownQuestions: t('pdf.doc.ownQuestions'),
        companions: t('pdf.doc.companions'),
        dates: t('pdf.doc.dates'),
        notes: t('pdf.doc.notes'),
        page: (page, total) => t('pdf.doc.page', { name: safe.name, page, total }),
        subject: t('pdf.doc.subject'),
      }}
    />,
  );
  return { blob, pages: await countPages(blob), replaced: count.n };
}
