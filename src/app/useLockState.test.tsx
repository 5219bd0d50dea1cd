import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLockState, usesNoStorage } from './useLockState';

const calls = vi.hoisted(() => ({ exists: false, loads: 0, watches: 0, stops: 0 }));

vi.mock('../storage/presence', () => ({
  databaseExists: () => Promise.resolve(calls.exists),
}));
vi.mock('../storage/lock', () => ({
  loadLock: () => {
    calls.loads++;
    return Promise.resolve();
  },
  watchLock: () => {
    calls.watches++;
    return () => {
      calls.stops++;
    };
  },
}));

/** Lets the pending promises (the presence check, the lazy import) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  Object.assign(calls, { exists: false, loads: 0, watches: 0, stops: 0 });
});

describe('usesNoStorage', () => {
  it('holds for the start page and the information pages only', () => {
    expect(usesNoStorage('/')).toBe(true);
    expect(usesNoStorage('/over-het-gesprek/stappen')).toBe(true);
    expect(usesNoStorage('/toegankelijkheid')).toBe(true);
    expect(usesNoStorage('/dossiers')).toBe(false);
    expect(usesNoStorage('/instellingen')).toBe(false);
    expect(usesNoStorage('/over-het-gesprekken')).toBe(false);
  });
});

describe('useLockState', () => {
  it('loads no storage code on a first visit to the start page', async () => {
    renderHook(() => useLockState('/'));
    await settle();
    expect(calls.loads).toBe(0);
  });

  it('reads the lock on the start page when the device holds data', async () => {
    calls.exists = true;
    renderHook(() => useLockState('/'));
    await waitFor(() => expect(calls.watches).toBe(1));
    expect(calls.loads).toBe(1);
  });

  it('reads the lock at once on a page with personal data, and keeps following it', async () => {
    const { rerender, unmount } = renderHook(({ path }) => useLockState(path), {
      initialProps: { path: '/' },
    });
    await settle();
    expect(calls.loads).toBe(0);
    rerender({ path: '/dossiers' });
    await waitFor(() => expect(calls.watches).toBe(1));
    rerender({ path: '/' });
    await settle();
    expect(calls).toMatchObject({ loads: 1, watches: 1, stops: 0 });
    unmount();
    expect(calls.stops).toBe(1);
  });
});
