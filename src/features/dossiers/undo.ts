/** How long a deleted dossier can be brought back (the issue asks for at least 10 seconds). */
export const undoWindowMs = 10 * 60 * 1000;

/**
 * Router state that the delete page hands to the list, for the undo banner. Only the id: the
 * browser keeps history state on disk, after the lock and after "Wis alles" too (issue 16). The
 * banner reads the name from storage, for as long as the dossier is there and the app is open.
 */
export interface DeletedState {
  deletedId: string;
}

export function isDeletedState(state: unknown): state is DeletedState {
  const s = state as Partial<DeletedState> | null;
  return typeof s?.deletedId === 'string';
}
