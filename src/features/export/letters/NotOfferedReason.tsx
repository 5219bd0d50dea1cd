import { useTranslation } from 'react-i18next';
import type { LetterFormat } from '../../../domain/letterInput';
import type { LetterOffer } from '../../../domain/letters';

/** "Nog niet." and why a letter is not offered, on the list and on the letter's own page. */
export function NotOfferedReason({
  offer,
  format,
}: {
  offer: Extract<LetterOffer, { offered: false }>;
  format: LetterFormat;
}) {
  const { t } = useTranslation();
  return (
    <p>
      <strong>{t('letters.notYet')}</strong>{' '}
      {t(`letters.reason.${offer.reason}`, { date: offer.from ? format.date(offer.from) : '' })}
    </p>
  );
}
