import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { RichText } from '../../components/RichText';
import { usePageTitle } from '../../components/usePageTitle';
import { accessibility } from '../../content/accessibility';
import { localize } from '../../content/localize';
import { formatIsoLong } from '../../lib/formatDate';
import { glossaryHref } from '../../lib/paths';

/** /toegankelijkheid: the accessibility statement, in the style of digitoegankelijk.nl. */
export function AccessibilityPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('accessibility.title'));
  return (
    <div className="prose">
      <PageHeading>{t('accessibility.title')}</PageHeading>
      <p className="lead">
        {t('accessibility.lead', { date: formatIsoLong(accessibility.date, i18n.language) })}
      </p>
      {accessibility.sections.map((s) => (
        <section key={s.id} aria-labelledby={`a11y-${s.id}`}>
          <h2 id={`a11y-${s.id}`}>{localize(s.title, i18n.language)}</h2>
          <RichText text={localize(s.body, i18n.language)} termHref={glossaryHref} />
        </section>
      ))}
    </div>
  );
}
