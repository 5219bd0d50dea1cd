import type { Transaction } from 'dexie';

/**
 * One numbered file per schema version (architecture rule 5). Never edit or remove a
 * released version: add the next one, with an upgrade and a test from an old fixture.
 */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
