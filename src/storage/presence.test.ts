import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { databaseExists, databaseName } from './presence';

afterEach(async () => {
  vi.restoreAllMocks();
  await Dexie.delete(databaseName);
});

describe('databaseExists', () => {
  it('is false before the app stored anything, and true after', async () => {
    expect(await databaseExists()).toBe(false);
    const db = new Dexie(databaseName);
    db.version(1).stores({ meta: 'key' });
    await db.open();
    db.close();
    expect(await databaseExists()).toBe(true);
  });

  it('says yes when the browser cannot tell, so stored data is never overlooked', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('not allowed'));
    expect(await databaseExists()).toBe(true);
  });
});
