/** The name of the app's one IndexedDB database. */
export const databaseName = 'aantafel';

/**
 * Whether this device holds the app's database, asked without loading Dexie. A first visit to
 * a page that stores nothing then loads no storage code at all. When the browser cannot say
 * (no `indexedDB.databases()`), the answer is yes, so nothing stored is ever overlooked.
 */
export async function databaseExists(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    const databases = await indexedDB.databases();
    return databases.some((d) => d.name === databaseName);
  } catch {
    return true;
  }
}
