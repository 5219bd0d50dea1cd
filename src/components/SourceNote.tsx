import { useTranslation } from 'react-i18next';
import type { SourceRef } from '../content/schema';
import { citation } from '../content/sources';

/** "Bron: Wmo 2015, art. 2.3.2 lid 2; Awb, art. 6:7", quiet but always there. */
export function SourceNote({ sources }: { sources: readonly SourceRef[] | undefined }) {
  const { t, i18n } = useTranslation();
  if (!sources || sources.length === 0) return null;
  const label = sources.length === 1 ? t('info.source') : t('info.sources');
  return (
    <p className="source-note">
      {label}: {sources.map((s) => citation(s, i18n.language)).join('; ')}
    </p>
  );
}
