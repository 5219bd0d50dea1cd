import { useTranslation } from 'react-i18next';
import type { LetterFormat } from '../../domain/letterInput';
import type { LetterOffer } from '../../domain/letters';

/** "Nog niet." and why a letter is not offered, on the list and on the letter's own page. */
export function NotOfferedReason({
  offer,
  format,
}: {
  offer: Extract<LetterOffer, { offered: false }>;
  format: LetterFormat;
}) {
  const { t } = useTranslation();
  const options = { date: offer.from ? format.date(offer.from) : '' };
  const { reason } = offer;
  // An ingebrekestelling against a late beslissing op bezwaar has its own words for these two.
  const text =
    offer.against === 'bezwaar' && (reason === 'not-late-yet' || reason === 'needs-beschikking')
      ? t(`letters.reasonBezwaar.${reason}`, options)
      : t(`letters.reason.${reason}`, options);
  return (
    <p>
      <strong>{t('letters.notYet')}</strong> {text}
    </p>
  );
}
