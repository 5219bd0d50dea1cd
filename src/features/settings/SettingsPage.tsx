import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { StorageHealthSection } from './StorageHealthSection';
import { ThemeChoice } from './ThemeChoice';
import { textSizes, usePreferences, type TextSize, type Theme } from './preferences';
import type { UiLanguage } from '../../i18n/i18n';

/** Changes apply at once (no save button), and a quiet status confirms them. */
export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  const { language, textSize, theme, setLanguage, setTextSize, setTheme } = usePreferences();
  const [saved, setSaved] = useState(false);
  const name = useId();

  const chooseLanguage = (l: UiLanguage) => {
    setLanguage(l);
    setSaved(true);
  };
  const chooseSize = (s: TextSize) => {
    setTextSize(s);
    setSaved(true);
  };
  const chooseTheme = (th: Theme) => {
    setTheme(th);
    setSaved(true);
  };

  return (
    <div className="prose">
      <PageHeading>{t('settings.title')}</PageHeading>
      <p className="lead">{t('settings.lead')}</p>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('settings.languageLegend')}</legend>
        <div className="radios">
          {(['nl', 'en'] as const).map((l) => (
            <div className="radio" key={l}>
              <input
                type="radio"
                id={`${name}-lang-${l}`}
                name={`${name}-lang`}
                checked={language === l}
                onChange={() => chooseLanguage(l)}
              />
              <label htmlFor={`${name}-lang-${l}`} lang={l}>
                {l === 'nl' ? t('settings.languageNl') : t('settings.languageEn')}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset className="fieldset" aria-describedby={`${name}-size-hint`}>
        <legend className="fieldset__legend">{t('settings.textSizeLegend')}</legend>
        <p className="field__hint" id={`${name}-size-hint`}>
          {t('settings.textSizeHint')}
        </p>
        <div className="radios">
          {textSizes.map((s) => (
            <div className="radio" key={s}>
              <input
                type="radio"
                id={`${name}-size-${s}`}
                name={`${name}-size`}
                checked={textSize === s}
                onChange={() => chooseSize(s)}
              />
              <label htmlFor={`${name}-size-${s}`}>
                {t(`settings.textSize.${s}`)} ({s}%)
              </label>
            </div>
          ))}
        </div>
        <p className="settings-example">{t('settings.example')}</p>
      </fieldset>

      <ThemeChoice value={theme} onChange={chooseTheme} />

      <h2>{t('backup.title')}</h2>
      <p>
        <Link to="/reservekopie">{t('backup.link')}</Link>
      </p>
      <h2>{t('lock.title')}</h2>
      <p>
        <Link to="/vergrendeling">{t('lock.link')}</Link>
      </p>
      <StorageHealthSection />
      <h2>{t('wipe.title')}</h2>
      <p>
        <Link to="/wis-alles">{t('wipe.link')}</Link>
      </p>
      <p role="status" className="status-message">
        {saved ? t('settings.saved') : ''}
      </p>
    </div>
  );
}
