import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../components/BackLink';
import { dossierCaption } from '../../../components/dossierName';
import { PageHeading } from '../../../components/PageHeading';
import { usePageTitle } from '../../../components/usePageTitle';
import { letters } from '../../../content/letters';
import { localize } from '../../../content/localize';
import { useDossierContext } from '../../../storage/hooks';
import { NotOfferedReason } from './NotOfferedReason';
import { useLetterContext } from './useLetterContext';

/** The four draft letters: each offers itself when the dates make it useful, or says why not. */
export function LettersPage() {
  const { t } = useTranslation();
  const { dossier, entries } = useDossierContext();
  const context = useLetterContext(entries);
  const { language, format } = context;
  usePageTitle(t('letters.title'));

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
                        date: format.date(offer.deadline),
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
                <NotOfferedReason offer={offer} format={format} />
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
