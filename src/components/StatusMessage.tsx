import type { ReactNode } from 'react';

/** The result of an action ("De pdf is klaar."), read out by screen readers; red when it failed. */
export function StatusMessage({ error, children }: { error: boolean; children: ReactNode }) {
  return (
    <p role="status" className={error ? 'status-message status-message--error' : 'status-message'}>
      {children}
    </p>
  );
}
