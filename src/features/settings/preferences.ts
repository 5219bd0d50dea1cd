import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isUiLanguage, type UiLanguage } from '../../i18n/i18n';

/**
 * UI preferences: a small zustand store (architecture rule 4), kept in localStorage so that
 * src/boot/preferences.js can apply them before the first paint. Never dossier data.
 */
export const textSizes = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof textSizes)[number];
/** "auto" follows the system (light or dark); "contrast" is black on white with thick edges. */
export const themes = ['auto', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof themes)[number];
export const preferencesKey = 'aantafel-preferences';

export interface PreferencesState {
  language: UiLanguage;
  textSize: TextSize;
  theme: Theme;
  setLanguage: (language: UiLanguage) => void;
  setTextSize: (size: TextSize) => void;
  setTheme: (theme: Theme) => void;
}

type StoredPreferences = Pick<PreferencesState, 'language' | 'textSize' | 'theme'>;

export const defaultPreferences = {
  language: 'nl',
  textSize: 100,
  theme: 'auto',
} as const satisfies StoredPreferences;

function isTextSize(value: unknown): value is TextSize {
  return textSizes.includes(value as TextSize);
}

function isTheme(value: unknown): value is Theme {
  return themes.includes(value as Theme);
}

/**
 * Stored preferences are parsed, and anything unknown falls back to the default. A value stored
 * before themes existed has no theme, and so gets "auto": no new version is needed.
 */
export function repairPreferences(stored: unknown): StoredPreferences {
  const s =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    language: isUiLanguage(s.language) ? s.language : defaultPreferences.language,
    textSize: isTextSize(s.textSize) ? s.textSize : defaultPreferences.textSize,
    theme: isTheme(s.theme) ? s.theme : defaultPreferences.theme,
  };
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      ...defaultPreferences,
      setLanguage: (language) => set({ language }),
      setTextSize: (textSize) => set({ textSize }),
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: preferencesKey,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ language, textSize, theme }) => ({ language, textSize, theme }),
      merge: (persisted, current) => ({ ...current, ...repairPreferences(persisted) }),
    },
  ),
);
