import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { dossierCaption } from '../../components/dossierName';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { letters } from '../../content/letters';
import { localize } from '../../content/localize';
import type { LetterId } from '../../domain/letters';
import { useDossierContext } from '../../storage/hooks';
import { NotOfferedReason } from './NotOfferedReason';
import { useLetterContext } from './useLetterContext';

/** Reasons that dates on the Data page cannot change: no link there. */
const settled = new Set([
  'not-late-yet',
  'beschikking-known',
  'aanvraag-done',
  'beslissing-bezwaar-known',
]);

/** The five draft letters: each offers itself when the dates make it useful, or says why not. */
function deadlineKey(letter: LetterId, late: boolean) {
  if (letter === 'beroep') return late ? 'letters.deadlineBeroepPassed' : 'letters.deadlineBeroep';
  return late ? 'letters.deadlinePassed' : 'letters.deadline';
}

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
                      {t(deadlineKey(offer.letter, offer.late ?? false), {
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
                {!settled.has(offer.reason) && (
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
