import { AanTafelDatabase, database, setDatabaseForTests } from '../../storage/db';
import { databaseName } from '../../storage/presence';

/** For tests: a browser on this kind of device, opened in a tab or from the Home Screen. */
export const userAgents = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  desktop:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
};

export function pretendDevice(userAgent: string, { standalone = false } = {}): void {
  Object.defineProperty(navigator, 'userAgent', { value: userAgent, configurable: true });
  Object.defineProperty(navigator, 'standalone', { value: standalone, configurable: true });
}

export function forgetDevice(): void {
  Reflect.deleteProperty(navigator, 'userAgent');
  Reflect.deleteProperty(navigator, 'standalone');
}

/** The app's own database name, so that presence.ts finds it as in the browser; empty. */
export async function freshRealDatabase(): Promise<void> {
  database().close();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(databaseName);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('not deleted'));
  });
  setDatabaseForTests(new AanTafelDatabase());
}
