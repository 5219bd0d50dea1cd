import { useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { ReadAloud } from '../../components/ReadAloud';
import { usePageTitle } from '../../components/usePageTitle';
import { paths } from '../../lib/paths';

const sections = ['procedure', 'during', 'after', 'worries', 'glossary'] as const;

export function InfoIndexPage() {
  const { t } = useTranslation();
  usePageTitle(t('info.title'));
  const readable = useRef<HTMLDivElement>(null);
  return (
    <div className="prose" ref={readable}>
      <PageHeading>{t('info.title')}</PageHeading>
      <ReadAloud target={readable} />
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
