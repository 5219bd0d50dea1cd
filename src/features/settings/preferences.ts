import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isUiLanguage, type UiLanguage } from '../../i18n/i18n';

/**
 * UI preferences: a small zustand store (architecture rule 4), kept in localStorage so that
 * public/preferences.js can apply them before the first paint. Never dossier data.
 */
export const textSizes = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof textSizes)[number];
export const preferencesKey = 'aantafel-preferences';

export interface PreferencesState {
  language: UiLanguage;
  textSize: TextSize;
  setLanguage: (language: UiLanguage) => void;
  setTextSize: (size: TextSize) => void;
}

export const defaultPreferences = { language: 'nl', textSize: 100 } as const satisfies Pick<
  PreferencesState,
  'language' | 'textSize'
>;

function isTextSize(value: unknown): value is TextSize {
  return textSizes.includes(value as TextSize);
}

/** Stored preferences are parsed, and anything unknown falls back to the default. */
export function repairPreferences(
  stored: unknown,
): Pick<PreferencesState, 'language' | 'textSize'> {
  const s =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    language: isUiLanguage(s.language) ? s.language : defaultPreferences.language,
    textSize: isTextSize(s.textSize) ? s.textSize : defaultPreferences.textSize,
  };
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      ...defaultPreferences,
      setLanguage: (language) => set({ language }),
      setTextSize: (textSize) => set({ textSize }),
    }),
    {
      name: preferencesKey,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ language, textSize }) => ({ language, textSize }),
      merge: (persisted, current) => ({ ...current, ...repairPreferences(persisted) }),
    },
  ),
);
