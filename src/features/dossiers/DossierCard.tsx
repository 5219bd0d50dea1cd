import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localeOf, type UiLanguage } from '../../i18n/i18n';
import { formatDateLong } from '../../lib/formatDate';
import type { Dossier } from '../../storage/records';

export function DossierCard({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf[i18n.language as UiLanguage];
  const headingId = `dossier-${dossier.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 className="card__title" id={headingId}>
        {dossier.name}
      </h2>
      <p className="card__meta">
        {t('dossiers.updated', { date: formatDateLong(new Date(dossier.updatedAt), locale) })}
      </p>
      <div className="button-row">
        <Link
          className="button button--secondary"
          to={`/dossiers/${dossier.id}/naam`}
          aria-label={t('dossiers.renameOf', { name: dossier.name })}
        >
          {t('dossiers.rename')}
        </Link>
        <Link
          className="button button--warning-link"
          to={`/dossiers/${dossier.id}/verwijderen`}
          aria-label={t('dossiers.deleteOf', { name: dossier.name })}
        >
          {t('dossiers.delete')}
        </Link>
      </div>
    </li>
  );
}
