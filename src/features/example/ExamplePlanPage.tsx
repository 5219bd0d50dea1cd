import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { PdfActions, type PdfFile } from '../../components/PdfActions';
import { usePageTitle } from '../../components/usePageTitle';
import { exampleName, examplePlanDocument } from '../../content/example';
import { localeOf } from '../../i18n/i18n';
import { formatIsoLong } from '../../lib/formatDate';
import { todayIso } from '../../lib/today';

/**
 * The example plan, for anyone, from the start page (issue 17, "Show, don't only tell"). It is
 * made in memory from content/worksheets/example.json: no dossier, nothing stored.
 */
export function ExamplePlanPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('example.title'));
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const name = exampleName(language);
  const doc = examplePlanDocument(language, t, formatIsoLong(todayIso(), localeOf[language]));

  const make = async (): Promise<PdfFile> => {
    const { makeExamplePdf } = await import('./makeExamplePdf');
    const made = await makeExamplePdf(doc, t, language);
    return { blob: made.blob, fileName: `${t('example.fileName')}.pdf`, title: t('example.title') };
  };

  return (
    <div className="prose">
      <PageHeading>{t('example.title')}</PageHeading>
      <p className="lead">{t('example.lead', { name })}</p>
      <p>{t('example.notStored')}</p>
      <PdfActions
        labels={{
          share: t('example.share'),
          open: t('example.open'),
          download: t('example.download'),
        }}
        cacheKey={`${language}:${doc.meta.madeOn}`}
        make={make}
      />

      <details className="details example-plan">
        <summary>{t('example.readHere')}</summary>
        <div className="inset example-plan__body">
          <p className="example-answer__mark">{t('example.mark', { name })}</p>
          {doc.sections.map((section, i) => (
            <section key={section.id} aria-labelledby={`voorbeeld-${section.id}`}>
              <h2 id={`voorbeeld-${section.id}`}>{`${i + 1}. ${section.title}`}</h2>
              <dl className="example-plan__items">
                {section.items.map((item) => (
                  <div key={item.id}>
                    <dt>{item.label}</dt>
                    <dd>{item.text}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </details>

      <p>
        <Link to="/dossiers">{t('example.toOwn')}</Link>
      </p>
    </div>
  );
}
