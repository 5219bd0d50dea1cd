import { Dexie, type Table } from 'dexie';
import { migrations } from './migrations/versions';
import { parseEntry } from './entries';
import { isSealed } from '../lib/crypto';
import { pendingWrites, setAside, settle, type PendingWrite } from './pendingWrites';
import { tooLong } from './textLimits';
import { databaseName } from './presence';

export interface EntryRow {
  dossierId: string;
  key: string;
  value: unknown;
  updatedAt: string;
}

/** Facts about the data itself (the lock, backups), one row per key; parsed on read. */
export interface MetaRow {
  key: string;
  [field: string]: unknown;
}

/** Rows are typed loosely on purpose: everything read is parsed by records.ts and entries.ts. */
export class AanTafelDatabase extends Dexie {
  dossiers!: Table<unknown, string>;
  entries!: Table<EntryRow, [string, string]>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = databaseName, options: { autoOpen?: boolean } = {}) {
    super(name, options);
    for (const m of migrations) {
      const version = this.version(m.version).stores(m.stores);
      if (m.upgrade) version.upgrade(m.upgrade);
    }
    // Before anything reads, store what was typed just before the page closed.
    this.on('ready', (vip) => replayJournal(vip as AanTafelDatabase));
  }
}

/**
 * The journal could not be written to the database when it opened (the disk is full, issue 16,
 * item 7). The database opens anyway; what waits stays in the journal, is shown on every page,
 * is read with the stored answers (entryRepository.ts) and goes into every backup.
 */
let replayFailed = false;
export function journalReplayFailed(): boolean {
  return replayFailed;
}

async function replayJournal(db: AanTafelDatabase): Promise<void> {
  const pending = pendingWrites();
  if (pending.length === 0) return;
  const stored: PendingWrite[] = [];
  try {
    await db.transaction('rw', db.entries, db.dossiers, db.meta, async () => {
      const locked = (await db.meta.get('lock')) !== undefined;
      for (const w of pending) {
        // Never a plain answer into a locked database, nor a sealed one into an open database:
        // it waits in the journal until the lock is opened (autosave.ts) (issue 16, item 5).
        if (isSealed(w.value) !== locked) continue;
        // A sealed value (the lock is on) is checked when it is opened, like every stored row.
        if (!locked && parseEntry(w.key, w.value) === undefined) {
          // A text over its limit can never be stored: keep it aside, never drop it (issue 16).
          if (tooLong(w.key, w.value)) setAside(w);
          stored.push(w);
          continue;
        }
        stored.push(w);
        if (!(await db.dossiers.get(w.dossierId))) continue;
        const row = await db.entries.get([w.dossierId, w.key]);
        if (row && row.updatedAt >= w.at) continue;
        await db.entries.put({
          dossierId: w.dossierId,
          key: w.key,
          value: w.value,
          updatedAt: w.at,
        });
      }
    });
  } catch {
    replayFailed = true;
    return;
  }
  replayFailed = false;
  for (const w of stored) settle(w);
}

let instance: AanTafelDatabase | undefined;

/** The app's one database, opened on first use. */
export function database(): AanTafelDatabase {
  instance ??= new AanTafelDatabase();
  return instance;
}

/**
 * Deletes the whole database ("Wis alles"). Afterwards nothing may create it again by reading,
 * so the app gets a closed stand-in until the page is loaded anew.
 */
/**
 * How many dossiers there are, not counting one deleted with undo still possible. Counted without
 * opening any row, so it works while the app is locked.
 */
export function countLiveDossiers(): Promise<number> {
  return database()
    .dossiers.filter((row) => !(row as { deletedAt?: unknown }).deletedAt)
    .count();
}

export async function deleteDatabase(): Promise<void> {
  const db = database();
  instance = new AanTafelDatabase(db.name, { autoOpen: false });
  await db.delete();
}

/** For tests: use a fresh database under another name. */
export function setDatabaseForTests(db: AanTafelDatabase): void {
  instance = db;
}
