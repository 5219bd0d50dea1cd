import type { TFunction } from 'i18next';
import { withName } from '../../components/dossierName';
import type { LocalizedText, Worksheet } from '../../content/schema';
import type { Dossier } from '../../storage/records';

export const planPath = (dossierId: string) => `/dossiers/${dossierId}/plan`;
export const checkPath = (dossierId: string) => `/dossiers/${dossierId}/plan/controleren`;
export const worksheetPath = (dossierId: string, worksheetId: string) =>
  `${planPath(dossierId)}/${worksheetId}`;
export const itemPath = (dossierId: string, worksheetId: string, itemId: string) =>
  `${worksheetPath(dossierId, worksheetId)}/${itemId}`;

/** "?terug=controleren" sends the resident back to the check page after a change. */
export const returnToCheck = 'terug=controleren';

export function worksheetTitle(
  ws: Worksheet,
  dossier: Dossier,
  l: (t: LocalizedText) => string,
): string {
  return dossier.subject === 'other' && dossier.personName
    ? withName(l(ws.titleOther), dossier.personName)
    : l(ws.title);
}

/**
 * The page title: the brochure's name of the worksheet, never the person's. The browser keeps
 * titles in its history, also after the lock and "Wis alles" (issue 16); the <h1> may name them.
 */
export function worksheetPageTitle(
  ws: Worksheet,
  dossier: Dossier,
  l: (t: LocalizedText) => string,
  t: TFunction,
): string {
  return dossier.subject === 'other'
    ? `${t('plan.worksheet', { number: ws.number })}: ${l(ws.title)}`
    : l(ws.title);
}
