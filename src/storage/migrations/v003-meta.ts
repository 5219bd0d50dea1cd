import type { Migration } from './migration';

/**
 * Version 3: a small table of facts about the data itself, one row per key: the app lock
 * (salt, check value, idle time) and when each dossier was last backed up. No row changes.
 */
export const v003Meta: Migration = {
  version: 3,
  stores: { meta: 'key' },
};
