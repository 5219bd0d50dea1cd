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

/** What went wrong with a typed passphrase: none typed, a wrong one, or the change itself failed. */
export type PassphraseProblem = 'required' | 'wrong' | 'failed' | null;

/** The message for a passphrase problem, in the resident's language; undefined when there is none. */
export function usePassphraseMessage(problem: PassphraseProblem): string | undefined {
  const { t } = useTranslation();
  if (problem === null) return undefined;
  return problem === 'failed' ? t('lock.failed') : t(`passphrase.errors.${problem}`);
}
