import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../src/app/App';
import { routes } from '../src/app/router';
import { AanTafelDatabase, setDatabaseForTests } from '../src/storage/db';

/** The whole app at one address, on a fresh fake IndexedDB. */
export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<App makeRouter={() => router} />);
  return { ...view, router };
}

export async function freshDatabase(): Promise<AanTafelDatabase> {
  const db = new AanTafelDatabase(`test-${crypto.randomUUID()}`);
  setDatabaseForTests(db);
  await db.open();
  return db;
}
