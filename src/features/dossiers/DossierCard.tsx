import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dossierName } from '../../components/dossierName';
import { localeOf, type UiLanguage } from '../../i18n/i18n';
import { formatDateLong } from '../../lib/formatDate';
import type { Dossier } from '../../storage/records';

export function DossierCard({
  dossier,
  partsDone,
  partsTotal,
}: {
  dossier: Dossier;
  partsDone: number;
  partsTotal: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeOf[i18n.language as UiLanguage];
  const name = dossierName(dossier, t);
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`/dossiers/${dossier.id}`}>{name}</Link>
      </h2>
      <p className="card__meta">
        {t('dossiers.progress', { done: partsDone, total: partsTotal })}
        <br />
        {t('dossiers.updated', { date: formatDateLong(new Date(dossier.updatedAt), locale) })}
      </p>
      <div className="button-row">
        <Link
          className="button button--secondary"
          to={`/dossiers/${dossier.id}/naam`}
          aria-label={t('dossiers.renameOf', { name })}
        >
          {t('dossiers.rename')}
        </Link>
        <Link
          className="button button--warning-link"
          to={`/dossiers/${dossier.id}/verwijderen`}
          aria-label={t('dossiers.deleteOf', { name })}
        >
          {t('dossiers.delete')}
        </Link>
      </div>
    </li>
  );
}
