import { useTranslation } from 'react-i18next';
import { Radios } from '../../components/Radios';
import { themes, type Theme } from './preferences';

/** The colour theme: like the device, light, dark, or high contrast. Applies at once. */
export function ThemeChoice({
  value,
  onChange,
}: {
  value: Theme;
  onChange: (theme: Theme) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radios<Theme>
      name="theme"
      legend={t('settings.themeLegend')}
      hint={t('settings.themeHint')}
      options={themes.map((theme) => ({
        value: theme,
        label: t(`settings.theme.${theme}`),
        hint: t(`settings.theme.${theme}Hint`),
      }))}
      value={value}
      onChange={onChange}
    />
  );
}
