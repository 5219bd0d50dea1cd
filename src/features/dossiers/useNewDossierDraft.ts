import { useEffect, useSyncExternalStore } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  newDossierDraft,
  setNewDossierDraft,
  subscribeDraft,
  type NewDossierDraft,
} from '../../storage/newDossierDraft';

export const newPaths = {
  forWhom: '/dossiers/nieuw',
  person: '/dossiers/nieuw/naam',
  helper: '/dossiers/nieuw/hulp',
} as const;

/**
 * An address from before issue 16 (`?voor=ander&naam=…`), from a bookmark or an old link. The app
 * no longer makes these: the answers move into the draft and the address loses them at once.
 */
function fromOldAddress(search: URLSearchParams): NewDossierDraft | null {
  if (!search.has('voor') && !search.has('naam')) return null;
  const voor = search.get('voor');
  return {
    forWhom: voor === 'zelf' || voor === 'ander' ? voor : undefined,
    personName: (search.get('naam') ?? '').trim(),
  };
}

/** The wizard's answers so far, and the way to change them; never in the URL (issue 16). */
export function useNewDossierDraft(): [NewDossierDraft, (next: NewDossierDraft) => void] {
  const stored = useSyncExternalStore(subscribeDraft, newDossierDraft, newDossierDraft);
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const old = fromOldAddress(search);
  const query = search.toString();
  useEffect(() => {
    const found = fromOldAddress(new URLSearchParams(query));
    if (!found) return;
    setNewDossierDraft(found);
    void navigate(pathname, { replace: true });
  }, [query, pathname, navigate]);
  return [old ?? stored, setNewDossierDraft];
}
