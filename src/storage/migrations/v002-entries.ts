import type { Migration } from './migration';

/**
 * Version 2: answers move into their own table, one row per answer, so that two tabs
 * never overwrite each other's work. Dossiers gain who they are for, who helps, the last
 * page opened, and a restorable delete. Version 1 dossiers were named freely, so they are
 * kept as they were and marked as being for the resident themself.
 */
export const v002Entries: Migration = {
  version: 2,
  stores: { dossiers: 'id, updatedAt', entries: '[dossierId+key], dossierId' },
  upgrade: async (tx) => {
    await tx
      .table('dossiers')
      .toCollection()
      .modify((d: Record<string, unknown>) => {
        d.subject ??= 'self';
        d.personName ??= '';
        d.helperName ??= '';
      });
  },
};
