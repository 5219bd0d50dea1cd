import { useTranslation } from 'react-i18next';
import { Radios } from '../../components/Radios';
import { idleChoices } from '../../storage/lock';

/** After how many idle minutes the app locks itself. */
export function IdleRadios({
  value,
  onChange,
}: {
  value: number;
  onChange: (minutes: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radios
      name="vergrendel-na"
      legend={t('lock.idleLegend')}
      hint={t('lock.idleHint')}
      options={idleChoices.map((m) => ({ value: String(m), label: t('lock.idle', { count: m }) }))}
      value={String(value)}
      onChange={(v) => onChange(Number(v))}
    />
  );
}
