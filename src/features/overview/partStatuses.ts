import { partProgress, type Progress } from '../../domain/progress';
import type { PartId } from '../../lib/parts';
import type { DossierEntries } from '../../storage/entries';

function hasText(v: DossierEntries['worksheet'][string]): boolean {
  return !!(v.text?.trim() || v.choice || v.birth?.trim());
}

/** The status of every part, from what has been filled in and what was marked done. */
export function partStatuses(e: DossierEntries): Record<PartId, Progress> {
  const ticked = (prefix: string) =>
    Object.entries(e.ticks).some(([k, v]) => v && k.startsWith(prefix));
  const started: Record<PartId, boolean> = {
    vragen: Object.keys(e.answers).length > 0,
    plan:
      Object.values(e.worksheet).some(hasText) || Object.values(e.chosen).some((c) => c.length > 0),
    data: Object.values(e.dates).some((d) => d.trim() !== ''),
    pdf: ticked('pdf:'),
    tijdens: ticked('during:'),
    na: ticked('after:'),
  };
  return Object.fromEntries(
    (Object.keys(started) as PartId[]).map((p) => [
      p,
      partProgress(started[p], e.parts[p] === 'klaar'),
    ]),
  ) as Record<PartId, Progress>;
}
