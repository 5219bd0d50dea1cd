import type { TFunction } from 'i18next';
import { pdfFileName } from '../../domain/checklistDocument';
import type { PlanVersion } from '../../domain/planDocument';

/**
 * The two versions of the plan never share a file name (issue 17 item 13), in the PDF's own
 * language: persoonlijk-plan-voor-de-gemeente-ans-2026-11-22.pdf and
 * persoonlijk-plan-alleen-voor-mezelf-ans-2026-11-22.pdf. The name stays in the file name, as
 * it always was: it tells two residents' plans apart in one downloads folder.
 */
export function planFileName(t: TFunction, version: PlanVersion, name: string, today: string) {
  const prefix = version === 'gemeente' ? t('pdf.fileNamePlanGemeente') : t('pdf.fileNamePlanZelf');
  return pdfFileName(prefix, name, today);
}

export function checklistFileName(t: TFunction, name: string, today: string) {
  return pdfFileName(t('pdf.fileNameChecklist'), name, today);
}
