import { useSyncExternalStore } from 'react';
import { subscribeVault, vaultState, type VaultState } from './vault';

/** What the prerendered start page was made with, and what hydration must match. */
const beforeLoading: VaultState = { mode: 'loading' };

/** The app lock's state in this tab: loading, off, locked, open, or storage unavailable. */
export function useVault(): VaultState {
  return useSyncExternalStore(subscribeVault, vaultState, () => beforeLoading);
}
