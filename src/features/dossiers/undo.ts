/** How long a deleted dossier can be brought back (the issue asks for at least 10 seconds). */
export const undoWindowMs = 10 * 60 * 1000;

/** Router state that the delete page hands to the list, for the undo banner. */
export interface DeletedState {
  deletedId: string;
  deletedName: string;
}

export function isDeletedState(state: unknown): state is DeletedState {
  const s = state as Partial<DeletedState> | null;
  return typeof s?.deletedId === 'string' && typeof s.deletedName === 'string';
}
