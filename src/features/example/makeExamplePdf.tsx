// Loaded only when someone asks for the example PDF: it pulls in @react-pdf/renderer and the font.
import type { TFunction } from 'i18next';
import type { PlanDocument } from '../../domain/planDocument';
import { cleanForPdf, type MadePdf } from '../../pdf/madePdf';
import { countPages, renderPdf } from '../../pdf/renderPdf';
import { ExamplePlanPdf } from './ExamplePlanPdf';

/** The example plan as a PDF, in memory only: the blob goes to the resident, nowhere else. */
export async function makeExamplePdf(
  doc: PlanDocument,
  t: TFunction,
  language: string,
): Promise<MadePdf> {
  const count = { n: 0 };
  const safe = cleanForPdf(doc, count);
  const name = safe.meta.name;
  const blob = await renderPdf(
    <ExamplePlanPdf
      doc={safe}
      language={language}
      text={{
        mark: t('example.pdf.mark'),
        title: t('pdf.doc.planTitle'),
        for: t('pdf.doc.for', { name }),
        madeOn: t('pdf.doc.madeOn', { date: safe.meta.madeOn }),
        notice: t('example.pdf.notice', { name }),
        pageMark: t('example.pdf.pageMark'),
        page: (page, total) => t('example.pdf.page', { name, page, total }),
        documentTitle: t('example.pdf.title', { name }),
        subject: t('pdf.doc.subject'),
      }}
    />,
  );
  return { blob, pages: await countPages(blob), replaced: count.n };
}
