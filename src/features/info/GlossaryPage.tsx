import { useEffect, useId, useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ContentText } from '../../components/ContentText';
import { useGlossaryReturn } from '../../components/GlossaryLink';
import { SourceNote } from '../../components/SourceNote';
import { useLocalize } from '../../components/useLocalize';
import { glossary } from '../../content/glossary';
import { InfoPage } from './InfoPage';
import { matchesQuery } from './matchesQuery';

export function GlossaryPage() {
  const { t, i18n } = useTranslation();
  const l = useLocalize();
  const { hash } = useLocation();
  const back = useGlossaryReturn();
  // The filter belongs to the hash it was typed under: following a link to a term shows the whole list.
  const [filter, setFilter] = useState({ hash, query: '' });
  const query = filter.hash === hash ? filter.query : '';
  const setQuery = (value: string) => setFilter({ hash, query: value });
  const inputId = useId();
  const shown = glossary.terms
    .filter((term) => matchesQuery(query, [l(term.term)]))
    .sort((a, b) => l(a.term).localeCompare(l(b.term), i18n.language));

  // A link to one term (from any page) shows the whole list and moves focus to that term.
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id) return;
    requestAnimationFrame(() => {
      const target = document.getElementById(id);
      target?.scrollIntoView({ block: 'start' });
      target?.focus();
    });
  }, [hash]);

  return (
    <InfoPage
      title={t('info.sections.glossary.title')}
      // A term's "Alle begrippen" link says where she came from: the back link returns there.
      back={back}
      lead={<p className="lead">{t('info.sections.glossary.description')}</p>}
    >
      {/* The filter is a control, not text to read aloud; the terms themselves are read. */}
      <div className="field glossary-filter" role="search" data-no-read>
        <label className="field__label" htmlFor={inputId}>
          {t('info.glossaryFilterLabel')}
        </label>
        <p className="field__hint" id={`${inputId}-hint`}>
          {t('info.glossaryFilterHint')}
        </p>
        <input
          id={inputId}
          className="field__input"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={`${inputId}-hint`}
          autoComplete="off"
        />
      </div>
      <p role="status" className="glossary-count" data-no-read>
        {shown.length === 0
          ? t('info.glossaryNone', { query })
          : t('info.glossaryCount', { count: shown.length })}
      </p>
      {shown.length === 0 && (
        <button type="button" className="button button--secondary" onClick={() => setQuery('')}>
          {t('info.glossaryClear')}
        </button>
      )}
      <dl className="glossary">
        {shown.map((term) => (
          <div key={term.id} className="glossary__entry">
            <dt id={term.id} tabIndex={-1}>
              {l(term.term)}
            </dt>
            <dd>
              <ContentText text={term.definition} terms="link" />
              <SourceNote sources={term.sources} />
            </dd>
          </div>
        ))}
      </dl>
    </InfoPage>
  );
}
