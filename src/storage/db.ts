import { Dexie, type Table } from 'dexie';
import { migrations } from './migrations/versions';

export const databaseName = 'aantafel';

/** Rows are typed loosely on purpose: everything read is parsed by records.ts. */
export class AanTafelDatabase extends Dexie {
  dossiers!: Table<unknown, string>;

  constructor(name: string = databaseName) {
    super(name);
    for (const m of migrations) {
      const version = this.version(m.version).stores(m.stores);
      if (m.upgrade) version.upgrade(m.upgrade);
    }
  }
}

let instance: AanTafelDatabase | undefined;

/** The app's one database, opened on first use. */
export function database(): AanTafelDatabase {
  instance ??= new AanTafelDatabase();
  return instance;
}

/** For tests: use a fresh database under another name. */
export function setDatabaseForTests(db: AanTafelDatabase): void {
  instance = db;
}
