import { useTranslation } from 'react-i18next';
import { ContentText } from '../../components/ContentText';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import { worries } from '../../content/worries';
import { InfoPage } from './InfoPage';

/** The 11 worries as headings, so a screen reader can jump from one to the next. */
export function WorriesPage() {
  const { t } = useTranslation();
  const l = useLocalize();
  return (
    <InfoPage title={t('info.sections.worries.title')} lead={<ContentText text={worries.intro} />}>
      {/* Read aloud skips the index: each worry is read below, under its own heading. */}
      <nav aria-labelledby="worries-index" data-no-read>
        <h2 id="worries-index">{t('info.worriesIndex')}</h2>
        <ol className="worries-index">
          {worries.worries.map((w) => (
            <li key={w.id}>
              <a href={`#${w.id}`}>{l(w.worry)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {worries.worries.map((w) => (
        <section key={w.id} aria-labelledby={w.id} className="worry">
          <h2 id={w.id} tabIndex={-1}>
            <span className="worry__number">{t('info.worry', { number: w.number })}</span>
            {`“${l(w.worry)}”`}
          </h2>
          <ContentText text={w.answer} />
          <SourceNote sources={w.sources} />
        </section>
      ))}
    </InfoPage>
  );
}
