import { useEffect, useMemo } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { SummaryError } from '../../components/ErrorSummary';
import { useLocalize } from '../../components/useLocalize';
import type { WorksheetItem } from '../../content/schema';
import { useAutosave, useDossierContext } from '../../storage/hooks';
import { todayIso } from '../../lib/today';
import {
  toItemForm,
  toStored,
  worksheetSchema,
  type ItemError,
  type ItemForm,
  type WorksheetForm,
} from './worksheetForm';

/**
 * react-hook-form for a page of worksheet items. Every change is autosaved; changes made
 * in another tab flow in for fields this tab is not editing (keepDirtyValues).
 */
export function useWorksheetForm(items: readonly WorksheetItem[]) {
  const { dossier, entries } = useDossierContext();
  const save = useAutosave(dossier.id);
  const stored = useMemo(
    () => Object.fromEntries(items.map((i) => [i.id, toItemForm(entries.worksheet[i.id])])),
    [items, entries],
  );
  const storedKey = JSON.stringify(stored);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- new objects for the same values must not reset the form
  const values = useMemo(() => stored, [storedKey]);
  const form = useForm<WorksheetForm>({
    values,
    // keepErrors: the autosave that lands just after "Opslaan en verder" must not wipe the errors.
    resetOptions: { keepDirtyValues: true, keepErrors: true },
    resolver: zodResolver(worksheetSchema(items, todayIso())),
    shouldFocusError: false,
  });

  // Only a change to a named field is the resident's own typing; a reset from storage is not.
  const { subscribe } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values: all, name }) => {
          const itemId = name?.split('.')[0];
          const item = itemId ? (all[itemId] as ItemForm | undefined) : undefined;
          if (itemId && item) save(`ws:${itemId}`, toStored(item));
        },
      }),
    [subscribe, save],
  );

  return form;
}

/** The form's errors as words, for the fields and for the error summary. */
export function useItemErrors(
  items: readonly WorksheetItem[],
  errors: FieldErrors<WorksheetForm>,
  values: WorksheetForm,
) {
  const { t } = useTranslation();
  const l = useLocalize();
  const byField: Record<string, string> = {};
  const summary: SummaryError[] = [];
  for (const item of items) {
    const e = errors[item.id];
    for (const part of ['text', 'birth'] as const) {
      const code = e?.[part]?.message as ItemError | undefined;
      if (!code) continue;
      const label = l(item.label);
      const max =
        item.field.type === 'text' || item.field.type === 'textarea' ? item.field.maxLength : 0;
      const over = (values[item.id]?.text.length ?? 0) - max;
      const message = t(`plan.errors.${code}`, { label, over });
      const fieldId = `${item.id}-${part}`;
      byField[fieldId] = message;
      summary.push({ fieldId, message });
    }
  }
  return { byField, summary };
}
