import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { ReadAloud } from '../../components/ReadAloud';
import { RichText } from '../../components/RichText';
import { ExternalLink } from '../../components/ExternalLink';
import { usePageTitle } from '../../components/usePageTitle';
import { about } from '../../content/about';
import { sourceDocuments } from '../../content/sources';
import { localize } from '../../content/localize';
import { glossaryHref } from '../../lib/paths';

export function AboutPage() {
  const { t, i18n } = useTranslation();
  const l = (text: Parameters<typeof localize>[0]) => localize(text, i18n.language);
  usePageTitle(t('about.title'));
  const readable = useRef<HTMLDivElement>(null);
  return (
    <div className="prose" ref={readable}>
      <PageHeading>{t('about.title')}</PageHeading>
      <ReadAloud target={readable} />
      <h2>{t('about.whatTitle')}</h2>
      <RichText text={l(about.intro)} termHref={glossaryHref} />

      <h2>{t('about.disclaimerTitle')}</h2>
      <div className="inset">
        <RichText text={l(about.disclaimer)} termHref={glossaryHref} />
      </div>

      <h2>{t('about.privacyTitle')}</h2>
      <RichText text={l(about.privacy)} termHref={glossaryHref} />

      <h2>{t('about.helpTitle')}</h2>
      {about.help.map((h) => (
        <section key={h.id} aria-labelledby={`help-${h.id}`}>
          <h3 id={`help-${h.id}`}>{l(h.title)}</h3>
          <RichText text={l(h.body)} termHref={glossaryHref} />
          {h.url && (
            <p>
              <ExternalLink href={h.url}>{h.url.replace(/^https?:\/\//, '')}</ExternalLink>
            </p>
          )}
        </section>
      ))}

      <h2>{t('about.sourcesTitle')}</h2>
      <RichText text={l(about.sourcesIntro)} termHref={glossaryHref} />
      <ul className="source-list">
        {sourceDocuments.map((d) => (
          <li key={d.id}>
            {d.url ? <ExternalLink href={d.url}>{l(d.title)}</ExternalLink> : l(d.title)}
            <br />
            <span className="muted">{l(d.version)}</span>
          </li>
        ))}
      </ul>
      <p className="muted">{t('about.version', { version: __APP_VERSION__ })}</p>
    </div>
  );
}
