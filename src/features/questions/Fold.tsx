import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A part of the uitleg that opens on request (issue 17, item 2): a native <details>, which every
 * browser and screen reader knows. Printed, every fold is open, and closes again afterwards.
 */
export function Fold({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    let wasOpen = details.open;
    const before = () => {
      wasOpen = details.open;
      details.open = true;
    };
    const after = () => {
      details.open = wasOpen;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return (
    <details ref={ref} className="details fold">
      {/* A control, like a button: "Lees voor" reads what it opens, not the control itself. */}
      <summary data-no-read>{summary}</summary>
      <div className="fold__body">{children}</div>
    </details>
  );
}
