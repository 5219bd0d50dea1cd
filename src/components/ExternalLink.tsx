import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A link that leaves the app: a new tab, no referrer, and said so in words. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external-link">
      {children} <span className="external-link__note">{t('about.externalLink')}</span>
    </a>
  );
}
