import { useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { glossaryReturnState, readGlossaryReturn } from './glossaryReturn';

/** A link into the begrippenlijst that remembers this page, for the list's back link. */
export function GlossaryLink({
  to,
  className,
  onKeyDown,
  children,
}: {
  to: string;
  className?: string;
  onKeyDown?: (e: KeyboardEvent<HTMLAnchorElement>) => void;
  children: ReactNode;
}) {
  const location = useLocation();
  return (
    <Link to={to} className={className} onKeyDown={onKeyDown} state={glossaryReturnState(location)}>
      {children}
    </Link>
  );
}

const noSubscription = () => () => undefined;

/**
 * On the begrippenlijst: the page she came from, if she came from a page in the app. The list is
 * prerendered without that history state, so while React hydrates it this is undefined too.
 */
export function useGlossaryReturn(): string | undefined {
  const { state } = useLocation();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return hydrated ? readGlossaryReturn(state) : undefined;
}
