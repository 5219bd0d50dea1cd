import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useOutletContext, useParams } from 'react-router';
import {
  flushSaves,
  installFlushOnHide,
  isPending,
  queueSave,
  saveStatus,
  subscribeSaveStatus,
  type SaveState,
} from './autosave';
import { getDossier, setLastPath } from './dossierRepository';
import { readEntries } from './entryRepository';
import type { DossierEntries, EntryKey, EntryKind, EntryValue } from './entries';
import type { Dossier } from './records';
import { mergeFor, type Merge } from './merge';

/** The dossier, live across tabs: undefined while loading, null when it does not exist. */
export function useDossier(id: string): Dossier | null | undefined {
  return useLiveQuery(async () => (await getDossier(id)) ?? null, [id]);
}

/** Everything filled in for a dossier, live across tabs; undefined while loading. */
export function useDossierEntries(id: string): DossierEntries | undefined {
  return useLiveQuery(() => readEntries(id), [id]);
}

/** What autosave is doing; inside a dossier, only the texts set aside in that dossier. */
export function useSaveStatus(): SaveState {
  const status = useSyncExternalStore(subscribeSaveStatus, saveStatus, saveStatus);
  const { dossierId } = useParams();
  if (!dossierId || !status.setAside) return status;
  const setAside = status.setAside.filter((t) => t.id.startsWith(`${dossierId}|`));
  return setAside.length === status.setAside.length ? status : { ...status, setAside };
}

/** A stable function that autosaves one kind of answer for this dossier. */
export function useAutosave(dossierId: string) {
  useEffect(installFlushOnHide, []);
  return useCallback(
    <K extends EntryKind>(key: EntryKey<K>, value: EntryValue<K>, merge?: Merge) =>
      queueSave(dossierId, key, value, merge),
    [dossierId],
  );
}

/** Remembers this page as the place to return to ("Verder waar je was"). */
export function useRememberPage(dossierId: string, path: string): void {
  useEffect(() => {
    void setLastPath(dossierId, path).catch(() => undefined); // a missed bookmark is harmless
  }, [dossierId, path]);
}

/**
 * One stored answer as local state: the screen follows your own change at once, and
 * follows changes from another tab when you have nothing waiting to be saved. An object or a
 * list (the sender of a letter, the notes) is stored as what you changed, merged into what
 * another tab stored meanwhile (issue 16, item 6).
 */
export function useEntryState<K extends EntryKind>(
  dossierId: string,
  key: EntryKey<K>,
  stored: EntryValue<K> | undefined,
  fallback: EntryValue<K>,
): [EntryValue<K>, (value: EntryValue<K>) => void] {
  const [local, setLocal] = useState<{
    value: EntryValue<K>;
    base: EntryValue<K> | undefined;
  } | null>(null);
  const save = useAutosave(dossierId);
  const showLocal = local !== null && (isPending(dossierId, key) || Object.is(local.base, stored));
  const value = showLocal ? local.value : (stored ?? fallback);
  const set = useCallback(
    (next: EntryValue<K>) => {
      setLocal({ value: next, base: stored });
      // Nothing stored yet: the whole value, with what the fallback filled in for her.
      save(key, next, stored === undefined ? undefined : mergeFor(key, value, next));
    },
    [key, save, stored, value],
  );
  return [value, set];
}

/** What every page inside a dossier gets from the dossier route (see src/app/DossierShell.tsx). */
export interface DossierContext {
  dossier: Dossier;
  entries: DossierEntries;
}

export function useDossierContext(): DossierContext {
  return useOutletContext<DossierContext>();
}

/** "Ben je klaar met dit deel?": saves the answer, then goes back to the dossier's overview. */
export function usePartDone(dossierId: string, part: string): (done: boolean) => void {
  const save = useAutosave(dossierId);
  const navigate = useNavigate();
  return (done) => {
    save(`part:${part}`, done ? 'klaar' : 'bezig');
    void flushSaves().then(() => navigate(`/dossiers/${dossierId}`));
  };
}
