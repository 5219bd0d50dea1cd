import type { Transaction } from 'dexie';
import { planRekey } from '../../domain/ownQuestions';
import { isSealed } from '../../lib/crypto';
import type { Migration } from './migration';

/**
 * Version 4 (issue 16, item 3): ticks on own questions were stored under `tick:eigen:<hash of the
 * question>`, a key anyone can test guesses against, even with the lock on. Each question now gets
 * a random id, stored sealed next to the text (`chosen:eigen-vragen`), and its tick moves to
 * `tick:eigen:<id>`; ticks of questions that are gone are removed.
 *
 * This needs the question's words. A plain dossier is moved here. With the lock on, the words are
 * sealed and the key is not known during an upgrade; a sealed value is also bound to its row's
 * key, so it cannot be renamed unopened. Those rows are moved when the app is next unlocked
 * (src/storage/ownQuestionKeys.ts). The schema itself does not change.
 */
const textKey = 'ws:eigen-vragen';
const idsKey = 'chosen:eigen-vragen';
const tickPrefix = 'tick:eigen:';

/** An entry row as versions 2 to 4 store it. */
interface Row {
  dossierId: string;
  key: string;
  value: unknown;
  updatedAt: string;
}

function byDossier(rows: readonly Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const row of rows) out.set(row.dossierId, [...(out.get(row.dossierId) ?? []), row]);
  return out;
}

export const v004OwnQuestionIds: Migration = {
  version: 4,
  stores: {},
  upgrade: async (tx: Transaction) => {
    const entries = tx.table<Row, [string, string]>('entries');
    const rows = await entries
      .filter((r) => r.key === textKey || r.key === idsKey || r.key.startsWith(tickPrefix))
      .toArray();
    for (const [dossierId, group] of byDossier(rows)) {
      if (group.some((r) => isSealed(r.value))) continue;
      const textRow = group.find((r) => r.key === textKey);
      const ticks = group.filter((r) => r.key.startsWith(tickPrefix));
      const value = textRow?.value as { text?: unknown } | undefined;
      const text = typeof value?.text === 'string' ? value.text : '';
      const plan = planRekey({
        text,
        ids: undefined,
        tickIds: ticks.map((t) => t.key.slice(tickPrefix.length)),
        newId: () => crypto.randomUUID(),
      });
      if (textRow) {
        await entries.put({ ...textRow, key: idsKey, value: plan.ids });
      }
      for (const { from, to } of plan.renames) {
        const tick = ticks.find((t) => t.key === `${tickPrefix}${from}`);
        if (tick) await entries.put({ ...tick, key: `${tickPrefix}${to}` });
      }
      await entries.bulkDelete(
        [...plan.renames.map((r) => r.from), ...plan.drops].map((id): [string, string] => [
          dossierId,
          `${tickPrefix}${id}`,
        ]),
      );
    }
  },
};
