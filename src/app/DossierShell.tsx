import { Outlet, useLocation, useParams } from 'react-router';
import {
  useDossier,
  useDossierEntries,
  useRememberPage,
  type DossierContext,
} from '../storage/hooks';
import { SlowStorage } from '../components/SlowStorage';
import { DossierMissing } from '../features/dossiers/DossierMissing';
import { WaitingNotice } from '../features/dossiers/WaitingNotice';

/** Loads one dossier and everything filled in for it, live, for the pages inside it. */
export function DossierShell() {
  const { dossierId = '' } = useParams();
  const { pathname } = useLocation();
  const dossier = useDossier(dossierId);
  const entries = useDossierEntries(dossierId);
  useRememberPage(dossierId, pathname);
  if (dossier === undefined || entries === undefined) return <SlowStorage />;
  if (dossier === null) return <DossierMissing />;
  const context: DossierContext = { dossier, entries };
  return (
    <>
      <WaitingNotice dossierId={dossierId} />
      <Outlet context={context} />
    </>
  );
}
