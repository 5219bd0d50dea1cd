import type { Worksheet } from '../../content/schema';
import { worksheetProgress, type DoneMark, type WorksheetProgress } from '../../domain/progress';
import type { DossierEntries } from '../../storage/entries';
import { isFilled } from './worksheetForm';

/** The resident's own "klaar" for one worksheet is stored as the part `werkblad-<id>`. */
export const donePart = (worksheetId: string) => `werkblad-${worksheetId}`;

/** How far one worksheet is, from what is stored and what the resident said (issue 17, item 4). */
export function worksheetStatus(
  ws: Worksheet,
  entries: DossierEntries,
  mark: DoneMark = entries.parts[donePart(ws.id)],
): WorksheetProgress {
  const chosen = ws.layout === 'choose-then-detail' ? (entries.chosen[ws.id] ?? []) : undefined;
  return worksheetProgress(ws.items, (id) => isFilled(entries.worksheet[id]), chosen, mark);
}
