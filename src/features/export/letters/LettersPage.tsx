import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../components/BackLink';
import { dossierCaption } from '../../../components/dossierName';
import { PageHeading } from '../../../components/PageHeading';
import { usePageTitle } from '../../../components/usePageTitle';
import { letters } from '../../../content/letters';
import { localize } from '../../../content/localize';
import type { LetterOffer } from '../../../domain/letters';
import { localeOf, type UiLanguage } from '../../../i18n/i18n';
import { formatIsoLong } from '../../../lib/formatDate';
import { useDossierContext } from '../../../storage/hooks';
import { useLetterContext } from './useLetterContext';

/** The four draft letters: each offers itself when the dates make it useful, or says why not. */
export function LettersPage() {
  const { t, i18n } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const context = useLetterContext(entries);
  const language = (i18n.language === 'en' ? 'en' : 'nl') as UiLanguage;
  const date = (iso: string) => formatIsoLong(iso, localeOf[language]);
  usePageTitle(t('letters.title'));

  const why = (offer: Extract<LetterOffer, { offered: false }>) =>
    t(`letters.reason.${offer.reason}`, { date: offer.from ? date(offer.from) : '' });

  return (
    <div className="prose">
      <BackLink to={`/dossiers/${dossier.id}`} />
      <PageHeading caption={dossierCaption(dossier, t)}>{t('letters.title')}</PageHeading>
      <p className="lead">{t('letters.lead')}</p>
      <p>{t('letters.notAdvice')}</p>
      <ul className="letter-list">
        {context.offers.map((offer) => (
          <li key={offer.letter} className="letter-list__item">
            <h2>{localize(letters.letter[offer.letter].title, language)}</h2>
            <p>{t(`letters.what.${offer.letter}`)}</p>
            {offer.offered ? (
              <>
                {offer.deadline && (
                  <p className={offer.late ? 'warning-text' : undefined}>
                    <strong>
                      {t(offer.late ? 'letters.deadlinePassed' : 'letters.deadline', {
                        date: date(offer.deadline),
                      })}
                    </strong>
                  </p>
                )}
                <Link className="button" to={offer.letter}>
                  {t('letters.make', {
                    letter: localize(letters.letter[offer.letter].title, language),
                  })}
                </Link>
              </>
            ) : (
              <div className="inset">
                <p>
                  <strong>{t('letters.notYet')}</strong> {why(offer)}
                </p>
                {!['not-late-yet', 'beschikking-known', 'aanvraag-done'].includes(offer.reason) && (
                  <Link to={`/dossiers/${dossier.id}/data`}>{t('letters.toDates')}</Link>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
