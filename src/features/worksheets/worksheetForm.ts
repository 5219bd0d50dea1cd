import { z } from '../../lib/zod';
import type { WorksheetItem } from '../../content/schema';
import { parseDate } from '../../domain/dates';
import type { AnswerValue, WorksheetValue } from '../../storage/entries';

/** One item as the form holds it: plain strings, so every typed character is kept. */
export interface ItemForm {
  text: string;
  choice: AnswerValue | '';
  birth: string;
  private: boolean;
}
export type WorksheetForm = Record<string, ItemForm>;

export function toItemForm(stored: WorksheetValue | undefined): ItemForm {
  return {
    text: stored?.text ?? '',
    choice: stored?.choice ?? '',
    birth: stored?.birth ?? '',
    private: stored?.private ?? false,
  };
}

export function toStored(form: ItemForm): WorksheetValue {
  const value: WorksheetValue = { private: form.private };
  if (form.text) value.text = form.text;
  if (form.choice) value.choice = form.choice;
  if (form.birth) value.birth = form.birth;
  return value;
}

export function isFilled(stored: WorksheetValue | undefined): boolean {
  return !!(stored?.text?.trim() || stored?.choice || stored?.birth?.trim());
}

/** Error codes; the page words them in the reader's language, with the field's label. */
export type ItemError = 'tooLong' | 'age' | 'birthDate' | 'birthDateFuture';

/** Checks one page of items when the resident goes on; `today` is an ISO date. */
export function worksheetSchema(
  items: readonly WorksheetItem[],
  today: string,
): z.ZodType<WorksheetForm, WorksheetForm> {
  const shape: Record<string, z.ZodType<ItemForm, ItemForm>> = {};
  for (const item of items) {
    const field = item.field;
    shape[item.id] = z
      .object({
        text: z.string(),
        choice: z.enum(['', 'ja', 'nee', 'weet-niet']),
        birth: z.string(),
        private: z.boolean(),
      })
      .superRefine((v, ctx) => {
        if (
          (field.type === 'text' || field.type === 'textarea') &&
          v.text.length > field.maxLength
        ) {
          ctx.addIssue({ code: 'custom', path: ['text'], message: 'tooLong' });
        }
        if (field.type === 'age') {
          const years = v.text.trim();
          if (years && !(/^\d{1,3}$/.test(years) && Number(years) <= 130)) {
            ctx.addIssue({ code: 'custom', path: ['text'], message: 'age' });
          }
          const birth = v.birth.trim();
          const iso = birth ? parseDate(birth) : null;
          if (birth && !iso)
            ctx.addIssue({ code: 'custom', path: ['birth'], message: 'birthDate' });
          if (iso && iso > today)
            ctx.addIssue({ code: 'custom', path: ['birth'], message: 'birthDateFuture' });
        }
      });
  }
  return z.object(shape) as unknown as z.ZodType<WorksheetForm, WorksheetForm>;
}
