import { useTranslation } from 'react-i18next';
import { CheckItem } from '../../components/CheckItem';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { LetterFields } from '../../storage/entries';
import type { FieldErrors } from './SenderFields';
import { ownFieldProps } from './ownFieldProps';

interface Props {
  letter: 'bezwaar' | 'beroep';
  value: LetterFields;
  onChange: (next: LetterFields) => void;
  errors: FieldErrors;
  /** The six weeks have passed (Awb art. 6:11): ask why. */
  late: boolean;
}

/** A bezwaar against the beschikking, or a beroep at the rechtbank against the beslissing op bezwaar. */
export function AppealFields({ letter, value, onChange, errors, late }: Props) {
  const { t } = useTranslation();
  const { area, line } = ownFieldProps(t, value, onChange, errors);
  const beroep = letter === 'beroep';
  const label = (key: 'kenmerk' | 'reasons' | 'lateReason') =>
    beroep
      ? { label: t(`letters.field.${key}Beroep`), hint: t(`letters.field.${key}BeroepHint`) }
      : {};
  return (
    <>
      {beroep && (
        <>
          <TextField {...line('court')} />
          <TextAreaField {...area('courtAddress', 500, 3)} />
        </>
      )}
      <TextField {...line('kenmerk')} {...label('kenmerk')} />
      <TextField {...line('about')} />
      {!beroep && (
        <>
          <CheckItem
            id="letter-proForma"
            checked={value.proForma ?? false}
            onChange={(proForma) => onChange({ ...value, proForma })}
          >
            {t('letters.field.proForma')}
          </CheckItem>
          <p className="field__hint">{t('letters.field.proFormaHint')}</p>
        </>
      )}
      {(beroep || !value.proForma) && (
        <TextAreaField {...area('reasons', 20_000)} {...label('reasons')} />
      )}
      {late && <TextAreaField {...area('lateReason', 5_000)} {...label('lateReason')} />}
    </>
  );
}
