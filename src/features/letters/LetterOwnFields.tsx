import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CheckItem } from '../../components/CheckItem';
import { DateField } from '../../components/DateField';
import { Radios } from '../../components/Radios';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { LetterFormat } from '../../domain/letterInput';
import type { LetterId, LetterOffer } from '../../domain/letters';
import type { LetterFields } from '../../storage/entries';
import type { FieldErrors } from './SenderFields';
import { AppealFields } from './AppealFields';
import { DwangsomTable } from './DwangsomTable';
import { ownFieldProps } from './ownFieldProps';

interface Props {
  letter: LetterId;
  dossierId: string;
  value: LetterFields;
  onChange: (next: LetterFields) => void;
  errors: FieldErrors;
  offer: Extract<LetterOffer, { offered: true }>;
  missing: readonly string[];
  hasPlan: boolean;
  /** The expected receipt date to count the dwangsom from (ingebrekestelling). */
  receipt: string;
  /** Dates and amounts in the app's language. */
  format: LetterFormat;
}

/** What only this letter needs. Dates come from the dossier's "Data" page. */
export function LetterOwnFields(p: Props) {
  const { t } = useTranslation();
  const { value, onChange } = p;
  const { area, line } = ownFieldProps(t, value, onChange, p.errors);

  switch (p.letter) {
    case 'reactie-verslag':
      return (
        <>
          <h3>{t('letters.missingTitle')}</h3>
          {p.missing.length === 0 ? (
            <p>{t('letters.missingNone')}</p>
          ) : (
            <ul>
              {p.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
          <p>
            <Link to={`/dossiers/${p.dossierId}/verslag`}>{t('letters.toVerslagCheck')}</Link>
          </p>
          <TextAreaField {...area('corrections', 20_000)} />
          <CheckItem
            id="letter-secondTalk"
            checked={value.secondTalk ?? false}
            onChange={(secondTalk) => onChange({ ...value, secondTalk })}
          >
            {t('letters.field.secondTalk')}
          </CheckItem>
        </>
      );
    case 'aanvraag':
      return (
        <>
          {p.offer.onderzoekLate && <p className="inset">{t('letters.onderzoekLate')}</p>}
          <TextAreaField {...area('request', 5_000)} />
          <Radios<'handed-in' | 'enclosed' | 'none'>
            name="letter-plan"
            legend={t('letters.field.plan')}
            options={[
              { value: 'handed-in', label: t('letters.field.planHandedIn') },
              { value: 'enclosed', label: t('letters.field.planEnclosed') },
              { value: 'none', label: t('letters.field.planNone') },
            ]}
            value={value.plan ?? (p.hasPlan ? 'handed-in' : 'none')}
            onChange={(plan) => onChange({ ...value, plan })}
          />
          <CheckItem
            id="letter-enclosedId"
            checked={value.enclosedId ?? false}
            onChange={(enclosedId) => onChange({ ...value, enclosedId })}
          >
            {t('letters.field.enclosedId')}
          </CheckItem>
          <p className="field__hint">{t('letters.field.enclosedIdHint')}</p>
        </>
      );
    case 'bezwaar':
    case 'beroep':
      return (
        <AppealFields
          letter={p.letter}
          value={value}
          onChange={onChange}
          errors={p.errors}
          late={p.offer.late ?? false}
        />
      );
    case 'ingebrekestelling':
      return (
        <>
          {p.offer.against === 'bezwaar' && p.offer.decisionDue && (
            <p className="inset">
              {t('letters.againstBezwaar', { date: p.format.date(p.offer.decisionDue) })}
              {p.offer.latestWithPostponement &&
                ` ${t('letters.againstBezwaarPostponed', { date: p.format.date(p.offer.latestWithPostponement) })}`}
            </p>
          )}
          <TextField {...line('about')} />
          <DateField
            id="letter-expectedReceipt"
            label={t('letters.field.expectedReceipt')}
            hint={t('letters.field.expectedReceiptHint')}
            value={value.expectedReceipt ?? ''}
            error={p.errors.expectedReceipt}
            onChange={(expectedReceipt) => onChange({ ...value, expectedReceipt })}
          />
          <DwangsomTable received={p.receipt} format={p.format} />
        </>
      );
    default: {
      const never: never = p.letter;
      return never;
    }
  }
}
