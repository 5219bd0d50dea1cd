import { planRekey } from '../domain/ownQuestions';
import { CannotOpenError } from '../lib/crypto';
import { database, type EntryRow } from './db';
import { worksheetValue } from './entries';
import { entryContext, LockedError, openValue, sealValue } from './vault';

/**
 * Where the own questions live (issue 16, item 3): the free text in `ws:eigen-vragen`, one random
 * id per line in `chosen:eigen-vragen` (sealed with the lock on, like the text), and each tick in
 * `tick:eigen:<id>`. Keys stay plain under the lock, so they must say nothing of the words.
 */
export const ownQuestionsKey = 'ws:eigen-vragen';
export const ownQuestionIdsKey = 'chosen:eigen-vragen';
export const ownTickPrefix = 'tick:eigen:';

const involved = (key: string) =>
  key === ownQuestionsKey || key === ownQuestionIdsKey || key.startsWith(ownTickPrefix);

/** The rows of one dossier's own questions, grouped. */
interface OwnQuestionRows {
  text?: EntryRow;
  ids?: EntryRow;
  ticks: EntryRow[];
}

function groupOwnQuestionRows(rows: readonly EntryRow[]): Map<string, OwnQuestionRows> {
  const out = new Map<string, OwnQuestionRows>();
  for (const row of rows) {
    if (!involved(row.key)) continue;
    const group = out.get(row.dossierId) ?? { ticks: [] };
    if (row.key === ownQuestionsKey) group.text = row;
    else if (row.key === ownQuestionIdsKey) group.ids = row;
    else group.ticks.push(row);
    out.set(row.dossierId, group);
  }
  return out;
}

function textOf(value: unknown): string {
  const parsed = worksheetValue.safeParse(value);
  return parsed.success ? (parsed.data.text ?? '') : '';
}

function idsOf(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

const open = (row: EntryRow) => openValue(row.value, entryContext(row.dossierId, row.key));

/** The rows to write and delete for one dossier; null when nothing needs to change. */
async function rekeyRows(
  group: OwnQuestionRows,
): Promise<{ put: EntryRow[]; remove: [string, string][] } | null> {
  const tickIds = group.ticks.map((t) => t.key.slice(ownTickPrefix.length));
  const text = group.text ? textOf(await open(group.text)) : '';
  const ids = group.ids ? idsOf(await open(group.ids)) : undefined;
  const plan = planRekey({ text, ids, tickIds, newId: () => crypto.randomUUID() });
  const storeIds = plan.idsChanged && (group.text !== undefined || group.ids !== undefined);
  if (!storeIds && plan.renames.length === 0 && plan.drops.length === 0) return null;
  const put: EntryRow[] = [];
  const dossierId = (group.text ?? group.ids ?? group.ticks[0])?.dossierId ?? '';
  if (storeIds) {
    const context = entryContext(dossierId, ownQuestionIdsKey);
    put.push({
      dossierId,
      key: ownQuestionIdsKey,
      value: await sealValue(plan.ids, context),
      // Not a change by the resident: it keeps the time of the text it belongs to.
      updatedAt: group.text?.updatedAt ?? group.ids?.updatedAt ?? new Date(0).toISOString(),
    });
  }
  for (const { from, to } of plan.renames) {
    const row = group.ticks.find((t) => t.key === `${ownTickPrefix}${from}`);
    if (!row) continue;
    const key = `${ownTickPrefix}${to}`;
    // A sealed value is bound to its key, so it is opened and sealed again under the new one.
    put.push({
      ...row,
      key,
      value: await sealValue(await open(row), entryContext(dossierId, key)),
    });
  }
  const remove = [...plan.renames.map((r) => r.from), ...plan.drops].map((id): [string, string] => [
    dossierId,
    `${ownTickPrefix}${id}`,
  ]);
  return { put, remove };
}

const stamp = (rows: readonly EntryRow[]) =>
  rows
    .map((r) => `${r.dossierId}|${r.key}|${r.updatedAt}`)
    .sort()
    .join('\n');

/**
 * Gives the own questions random ids and moves old ticks to them. The migration to version 4
 * does this for plain rows; sealed rows need the key, so this runs again whenever the app is
 * unlocked (or found without a lock), and when a dossier's questions are shown. A dossier that
 * cannot be opened now, or changes meanwhile, is left for the next time.
 */
export async function rekeyOwnQuestions(dossierId?: string): Promise<void> {
  const db = database();
  const rows = await (
    dossierId === undefined
      ? db.entries.filter((r) => involved(r.key))
      : db.entries
          .where('dossierId')
          .equals(dossierId)
          .filter((r) => involved(r.key))
  ).toArray();
  for (const group of groupOwnQuestionRows(rows).values()) {
    let change: Awaited<ReturnType<typeof rekeyRows>>;
    try {
      change = await rekeyRows(group);
    } catch (error) {
      if (error instanceof LockedError || error instanceof CannotOpenError) continue;
      throw error;
    }
    if (!change) continue;
    const before = [group.text, group.ids, ...group.ticks].filter((r) => r !== undefined);
    const { put, remove } = change;
    await db.transaction('rw', db.entries, async () => {
      const now = await db.entries.bulkGet(
        before.map((r): [string, string] => [r.dossierId, r.key]),
      );
      if (stamp(now.filter((r) => r !== undefined)) !== stamp(before)) return;
      await db.entries.bulkPut(put);
      await db.entries.bulkDelete(remove);
    });
  }
}
