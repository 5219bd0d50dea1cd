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
  const zelf = safe.version === 'zelf';
  const versionName = zelf ? t('pdf.doc.versionNameZelf') : t('pdf.doc.versionNameGemeente');
  const blob = await renderPdf(
    <PlanPdf
      doc={safe}
      largePrint={largePrint}
      language={language}
      text={{
        title: t('pdf.doc.planTitle'),
        mark: zelf ? t('pdf.doc.markZelf') : t('pdf.doc.markGemeente'),
        versionName,
        for: t('pdf.doc.for', { name: m.name }),
        ...(m.meldingDate ? { melding: t('pdf.doc.melding', { date: m.meldingDate }) } : {}),
        madeOn: t('pdf.doc.madeOn', { date: m.madeOn }),
        ...(m.helper ? { helper: t('pdf.doc.helper', { name: m.helper }) } : {}),
        ...(zelf ? { versionNote: t('pdf.doc.versionZelf') } : {}),
        privateTag: t('pdf.doc.privateTag'),
        // Every page says whose plan and which version it is, in case pages get separated.
        page: (page, total) =>
          t('pdf.doc.planPage', { name: m.name, version: versionName, page, total }),
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
        parts: { during: t('checklist.pdf.during'), after: t('checklist.pdf.after') },
        savedNotes: t('checklist.pdf.savedNotes'),
        more: t('checklist.pdf.more', { count: safe.moreCount }),
        page: (page, total) => t('pdf.doc.page', { name: safe.name, page, total }),
        subject: t('pdf.doc.subject'),
      }}
    />,
  );
  return { blob, pages: await countPages(blob), replaced: count.n };
}
