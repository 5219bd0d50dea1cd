import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { PrintButton } from '../../components/PrintButton';
import { ReadAloud } from '../../components/ReadAloud';
import { usePageTitle } from '../../components/usePageTitle';
import { paths } from '../../lib/paths';

/** The frame every "Over het gesprek" page shares: back link, title, read aloud, lead, print. */
export function InfoPage({
  title,
  lead,
  back,
  children,
}: {
  title: string;
  lead?: ReactNode;
  /** Instead of "Terug naar Over het gesprek": the page she came from (the begrippenlijst). */
  back?: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  usePageTitle(title);
  const readable = useRef<HTMLDivElement>(null);
  return (
    <div className="prose info-page">
      {back ? <BackLink to={back} /> : <BackLink to={paths.info} label={t('info.backToInfo')} />}
      <div ref={readable}>
        <PageHeading caption={t('info.title')}>{title}</PageHeading>
        <ReadAloud target={readable} />
        {lead}
        {children}
      </div>
      <PrintButton />
    </div>
  );
}
