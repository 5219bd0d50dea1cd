import type { ReactNode } from 'react';

/**
 * The page's one <h1>. It takes focus after every navigation (see Layout), so it can
 * be focused by script but is not in the tab order.
 */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <h1 className="page-heading" tabIndex={-1}>
      {caption && <span className="page-heading__caption">{caption}</span>}
      {children}
    </h1>
  );
}
