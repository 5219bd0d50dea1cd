import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';

/** One field to type the current passphrase (to unlock, or to turn the lock off). */
export function PassphraseField({
  id,
  label,
  error,
  value,
  onChange,
}: {
  id: string;
  label?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      type="password"
      label={label ?? t('passphrase.label')}
      error={error}
      autoComplete="current-password"
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
