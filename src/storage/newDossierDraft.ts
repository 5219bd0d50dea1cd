import { subscribeVault, vaultState } from './vault';

/**
 * The new-dossier answers between the wizard's steps. They live in this tab's memory only, never
 * in the address, the page title or history state: a browser keeps those after the lock and even
 * after "Wis alles" (issue 16). Not in sessionStorage either, which the browser writes to disk for
 * session restore, unsealed. A reload starts the wizard again; the lock and a wipe forget them.
 */
export interface NewDossierDraft {
  forWhom: 'zelf' | 'ander' | undefined;
  personName: string;
}

export const emptyDraft: NewDossierDraft = { forWhom: undefined, personName: '' };

let draft = emptyDraft;
const listeners = new Set<() => void>();

export function newDossierDraft(): NewDossierDraft {
  return draft;
}

export function setNewDossierDraft(next: NewDossierDraft): void {
  draft =
    next.forWhom === 'ander' || !next.personName ? next : { forWhom: next.forWhom, personName: '' };
  for (const l of listeners) l();
}

export function clearNewDossierDraft(): void {
  if (draft !== emptyDraft) setNewDossierDraft(emptyDraft);
}

export function subscribeDraft(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Locking (here, in another tab, or when idle) forgets the name, like every form.
subscribeVault(() => {
  if (vaultState().mode === 'locked') clearNewDossierDraft();
});

// "Wis alles" in another tab clears localStorage, which every other tab hears as key null.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === null) clearNewDossierDraft();
  });
}
