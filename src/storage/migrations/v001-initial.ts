import type { Migration } from './migration';

/** Version 1: the dossiers, indexed by when they last changed. */
export const v001Initial: Migration = {
  version: 1,
  stores: { dossiers: 'id, updatedAt' },
};
