import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { paths } from '../../lib/paths';

const sections = ['procedure', 'during', 'after', 'worries', 'glossary'] as const;

export function InfoIndexPage() {
  const { t } = useTranslation();
  usePageTitle(t('info.title'));
  return (
    <div className="prose">
      <PageHeading>{t('info.title')}</PageHeading>
      <p className="lead">{t('info.lead')}</p>
      <ul className="nav-cards">
        {sections.map((s) => (
          <li key={s}>
            <Link to={paths.infoSections[s]} className="nav-card">
              <span className="nav-card__title">{t(`info.sections.${s}.title`)}</span>
              <span className="nav-card__description">{t(`info.sections.${s}.description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
