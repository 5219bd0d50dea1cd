import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { PrintButton } from '../../components/PrintButton';
import { usePageTitle } from '../../components/usePageTitle';
import { paths } from '../../lib/paths';

/** The frame every "Over het gesprek" page shares: back link, title, lead, print. */
export function InfoPage({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <div className="prose info-page">
      <BackLink to={paths.info} label={t('info.backToInfo')} />
      <PageHeading caption={t('info.title')}>{title}</PageHeading>
      {lead}
      {children}
      <PrintButton />
    </div>
  );
}
