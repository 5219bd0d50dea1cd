import type { PlanVersion } from '../../domain/planDocument';
import type { UiLanguage } from '../../i18n/i18n';

/** The plan as a page to print: the choices made on the PDF page travel in the address. */
export function printablePlanPath(
  dossierId: string,
  version: PlanVersion,
  language: UiLanguage,
  largePrint: boolean,
): string {
  const query = new URLSearchParams({ versie: version, taal: language });
  if (largePrint) query.set('groot', 'ja');
  return `/dossiers/${dossierId}/pdf/printen?${query.toString()}`;
}

export interface PrintableChoices {
  version: PlanVersion;
  language: UiLanguage;
  largePrint: boolean;
}

/** Reads the choices back, with the defaults of the PDF page for anything missing or unknown. */
export function printableChoices(query: URLSearchParams, appLanguage: string): PrintableChoices {
  const taal = query.get('taal');
  return {
    version: query.get('versie') === 'zelf' ? 'zelf' : 'gemeente',
    language: taal === 'en' || taal === 'nl' ? taal : appLanguage === 'en' ? 'en' : 'nl',
    largePrint: query.get('groot') === 'ja',
  };
}
