import type { TFunction } from 'i18next';
import { localize } from './localize';
import type { Worksheet } from './schema';
import { buildPlanDocument, type PlanDocument, type PlanSectionInput } from '../domain/planDocument';

/** What a worksheet answer holds (see storage/entries.ts); typed here so content needs no storage. */
interface WorksheetValue {
  text?: string | undefined;
  choice?: 'ja' | 'nee' | 'weet-niet' | undefined;
  birth?: string | undefined;
  private: boolean;
}

/** The parts of a dossier's entries the plan is built from. */
export interface PlanEntries {
  worksheet: Readonly<Record<string, WorksheetValue>>;
  chosen: Readonly<Record<string, readonly string[]>>;
}

/** One answer in words, in the PDF's language. */
function answerText(value: WorksheetValue | undefined, type: string, t: TFunction): string {
  if (!value) return '';
  if (type === 'yesno') return value.choice ? t(`plan.yesno.${value.choice}`) : '';
  if (type === 'age') {
    const parts = [
      value.text?.trim() ? t('pdf.doc.years', { age: value.text.trim() }) : '',
      value.birth?.trim() ? t('pdf.doc.born', { date: value.birth.trim() }) : '',
    ].filter(Boolean);
    return parts.join(', ');
  }
  return value.text ?? '';
}

/** The worksheets with what was filled in, in the brochure's order; the document model filters them. */
export function planSections(
  worksheets: readonly Worksheet[],
  entries: PlanEntries,
  language: string,
  t: TFunction,
): PlanSectionInput[] {
  return worksheets.map((ws) => {
    const chosen = entries.chosen[ws.id];
    const items =
      ws.layout === 'choose-then-detail'
        ? ws.items.filter((i) => (chosen ?? []).includes(i.id))
        : ws.items;
    return {
      id: ws.id,
      title: localize(ws.title, language),
      items: items.map((item) => ({
        id: item.id,
        // The plan is the resident's own, also when a helper made it: it says "ik".
        label: localize(item.planLabel ?? item.label, language),
        text: answerText(entries.worksheet[item.id], item.field.type, t),
        private: entries.worksheet[item.id]?.private ?? false,
      })),
    };
  });
}

/**
 * The plan as the gemeente gets it (private answers left out), without a heading: what the
 * verslag check and the reactie letter compare the verslag with.
 */
export function planForVerslag(
  worksheets: readonly Worksheet[],
  entries: PlanEntries,
  language: string,
  t: TFunction,
): PlanDocument {
  return buildPlanDocument(
    planSections(worksheets, entries, language, t),
    { name: '', madeOn: '' },
    'gemeente',
  );
}
