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
