import { useSyncExternalStore } from 'react';
import { loadingVault, subscribeVault, vaultState, type VaultState } from './vault';

/** The app lock's state in this tab: loading, off, locked, open, or storage unavailable. */
export function useVault(): VaultState {
  return useSyncExternalStore(subscribeVault, vaultState, () => loadingVault);
}
