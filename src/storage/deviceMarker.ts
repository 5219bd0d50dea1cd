import { databaseExists } from './presence';

// Loaded when needed: the start page reads the mark on a first visit without Dexie (presence.ts).
const database = async () => (await import('./db')).database();

/**
 * A small mark that this device made a dossier before, so that an app that opens with storage
 * suddenly empty can say what probably happened (issue 18, part 3). It is kept twice, in
 * localStorage and in the meta table, and read from both: when the browser throws one away,
 * the other may survive. Safari's 7-day rule clears every kind of storage a site can write,
 * this mark too; the start page covers that case in its own words.
 *
 * Set when a dossier is made or restored; cleared when the resident deletes her last dossier,
 * and with everything else by "Wis alles" (wipe.ts deletes the database and localStorage).
 */
export const deviceMarkerKey = 'aantafel-device-marker';
const metaKey = 'device-marker';

function readLocal(): boolean {
  try {
    return localStorage.getItem(deviceMarkerKey) !== null;
  } catch {
    return false;
  }
}

/** Marks this device in both places; a store that cannot be written is skipped. */
export async function markDevice(now: Date = new Date()): Promise<void> {
  const since = now.toISOString();
  try {
    if (!readLocal()) localStorage.setItem(deviceMarkerKey, since);
  } catch {
    // Blocked or full: the meta table still carries the mark.
  }
  try {
    const db = await database();
    if (!(await db.meta.get(metaKey))) await db.meta.put({ key: metaKey, since });
  } catch {
    // The database cannot be written: localStorage still carries the mark.
  }
}

/** Forgets the mark in both places: the resident herself emptied this device. */
export async function forgetDevice(): Promise<void> {
  try {
    localStorage.removeItem(deviceMarkerKey);
  } catch {
    // Nothing can have been kept there either.
  }
  try {
    if (await databaseExists()) await (await database()).meta.delete(metaKey);
  } catch {
    // A database that cannot be opened keeps nothing to forget.
  }
}

/** True when either store says this device made a dossier. Never creates the database. */
export async function deviceWasUsed(): Promise<boolean> {
  if (readLocal()) return true;
  try {
    return (await databaseExists()) && (await (await database()).meta.get(metaKey)) !== undefined;
  } catch {
    return false;
  }
}

export type DeviceStorage = 'dossiers' | 'suddenly-empty' | 'empty';

/**
 * What the app finds when it opens: dossiers; none although this device made one before
 * ("suddenly empty"); or none, as on a first visit. With dossiers, a mark that one store lost
 * is written again.
 */
export async function readDeviceStorage(now: Date = new Date()): Promise<DeviceStorage> {
  const used = await deviceWasUsed();
  const count = (await databaseExists()) ? await (await import('./db')).countLiveDossiers() : 0;
  if (count > 0) {
    await markDevice(now);
    return 'dossiers';
  }
  return used ? 'suddenly-empty' : 'empty';
}
