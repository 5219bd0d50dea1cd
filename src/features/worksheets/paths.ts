import type { TFunction } from 'i18next';
import { voiced } from '../../content/personText';
import type { LocalizedText, Worksheet } from '../../content/schema';
import { worksheets } from '../../content/worksheets';
import type { Dossier } from '../../storage/records';

export const overviewPath = (dossierId: string) => `/dossiers/${dossierId}`;
export const planPath = (dossierId: string) => `${overviewPath(dossierId)}/plan`;
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
  return l(voiced(ws.title, ws.titleOther, dossier));
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

/** "Opslaan en verder" at the end of a worksheet: the next one; after the last, the check page. */
export function afterWorksheet(dossierId: string, worksheetId: string): string {
  const index = worksheets.findIndex((w) => w.id === worksheetId);
  const next = index >= 0 ? worksheets[index + 1] : undefined;
  return next ? worksheetPath(dossierId, next.id) : checkPath(dossierId);
}

/** "Werkblad 2 van 6", the same on every page of a worksheet. */
export function worksheetStep(ws: Worksheet, t: TFunction): string {
  return t('plan.worksheetOf', { number: ws.number, total: worksheets.length });
}
