import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { SummaryError } from '../../components/ErrorSummary';
import type { WorksheetItem } from '../../content/schema';
import { isPending, writtenHere } from '../../storage/autosave';
import { useAutosave, useDossierContext } from '../../storage/hooks';
import { todayIso } from '../../lib/today';
import { useWorksheetVoice } from './voice';
import {
  toItemForm,
  toStored,
  worksheetSchema,
  type ItemError,
  type ItemForm,
  type WorksheetForm,
} from './worksheetForm';

/**
 * react-hook-form for a page of worksheet items. Every change is autosaved. A change stored by
 * another tab (or a restored backup) comes in when this tab has nothing waiting for that item;
 * when both changed it, this tab keeps its own text and says so (issue 16, item 6).
 */
export function useWorksheetForm(items: readonly WorksheetItem[]) {
  const { dossier, entries } = useDossierContext();
  const save = useAutosave(dossier.id);
  const stored = useMemo(
    () => Object.fromEntries(items.map((i) => [i.id, toItemForm(entries.worksheet[i.id])])),
    [items, entries],
  );
  const form = useForm<WorksheetForm>({
    defaultValues: stored,
    resolver: zodResolver(worksheetSchema(items, todayIso())),
    shouldFocusError: false,
  });
  const [conflicts, setConflicts] = useState<readonly string[]>([]);
  /** True while a stored value is put into the form: that is not the resident's own typing. */
  const applying = useRef(false);
  const seen = useRef(entries.worksheet);
  /**
   * Every value this page sent to be saved, per item, until its echo comes back from storage.
   * The database can report an earlier save of this tab after a later one was written; that
   * echo is this tab's own text, not another tab's, and must neither warn nor replace the text.
   */
  const sent = useRef(new Map<string, string[]>());
  const ownEcho = useCallback((itemId: string, value: ItemForm) => {
    const list = sent.current.get(itemId) ?? [];
    const at = list.indexOf(JSON.stringify(value));
    if (at >= 0) sent.current.set(itemId, list.slice(at + 1));
    return at >= 0;
  }, []);

  const { getValues, setValue, subscribe } = form;
  useEffect(() => {
    const before = seen.current;
    seen.current = entries.worksheet;
    const both: string[] = [];
    const taken: string[] = [];
    for (const item of items) {
      const now = entries.worksheet[item.id];
      if (JSON.stringify(now) === JSON.stringify(before[item.id])) continue;
      const next = toItemForm(now);
      if (ownEcho(item.id, next)) continue; // this tab's own change, perhaps an earlier one
      if (writtenHere(dossier.id, `ws:${item.id}`, now)) continue;
      if (JSON.stringify(getValues(item.id)) === JSON.stringify(next)) continue;
      if (isPending(dossier.id, `ws:${item.id}`)) {
        both.push(item.id);
        continue;
      }
      applying.current = true;
      setValue(item.id, next, { shouldDirty: false });
      applying.current = false;
      taken.push(item.id);
    }
    if (both.length + taken.length === 0) return;
    // The form and the pending saves live outside React: the comparison can only run here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setConflicts((c) => [...c.filter((id) => !taken.includes(id) && !both.includes(id)), ...both]);
  }, [entries, items, dossier.id, getValues, setValue, ownEcho]);

  // Only a change to a named field is the resident's own typing; a value from storage is not.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values: all, name }) => {
          if (applying.current) return;
          const itemId = name?.split('.')[0];
          const item = itemId ? (all[itemId] as ItemForm | undefined) : undefined;
          if (!itemId || !item) return;
          const list = sent.current.get(itemId) ?? [];
          // Only the last few can still come back: one save per pause in her typing.
          sent.current.set(
            itemId,
            [...list, JSON.stringify(toItemForm(toStored(item)))].slice(-50),
          );
          save(`ws:${itemId}`, toStored(item));
        },
      }),
    [subscribe, save],
  );

  /** "Neem de andere versie over": the text another tab stored replaces this tab's. */
  const takeStored = useCallback(
    (itemId: string) => {
      setValue(itemId, toItemForm(seen.current[itemId]), { shouldDirty: true });
      setConflicts((c) => c.filter((id) => id !== itemId));
    },
    [setValue],
  );

  /** The items changed here and in another tab, with the way to take the other version. */
  const conflict = useMemo(() => ({ ids: conflicts, take: takeStored }), [conflicts, takeStored]);
  return { form, conflict };
}

/** The form's errors as words, for the fields and for the error summary. */
export function useItemErrors(
  items: readonly WorksheetItem[],
  errors: FieldErrors<WorksheetForm>,
  values: WorksheetForm,
) {
  const { t } = useTranslation();
  const voice = useWorksheetVoice();
  const byField: Record<string, string> = {};
  const summary: SummaryError[] = [];
  for (const item of items) {
    const e = errors[item.id];
    for (const part of ['text', 'birth'] as const) {
      const code = e?.[part]?.message as ItemError | undefined;
      if (!code) continue;
      const label = voice.label(item);
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
