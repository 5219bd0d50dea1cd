import { beforeEach, describe, expect, it } from 'vitest';
import {
  defaultPreferences,
  preferencesKey,
  repairPreferences,
  usePreferences,
} from './preferences';

beforeEach(() => {
  localStorage.clear();
  usePreferences.setState({ ...defaultPreferences });
});

describe('preferences store', () => {
  it('starts in Dutch at normal text size, with colours that follow the system', () => {
    expect(usePreferences.getState()).toMatchObject({
      language: 'nl',
      textSize: 100,
      theme: 'auto',
    });
  });

  it('remembers a change in localStorage, in the shape src/boot/preferences.js reads', () => {
    usePreferences.getState().setLanguage('en');
    usePreferences.getState().setTextSize(200);
    usePreferences.getState().setTheme('contrast');
    const stored = JSON.parse(localStorage.getItem(preferencesKey) ?? '{}') as { state: unknown };
    expect(stored.state).toEqual({ language: 'en', textSize: 200, theme: 'contrast' });
  });

  it('restores saved preferences on rehydrate', async () => {
    localStorage.setItem(
      preferencesKey,
      JSON.stringify({ state: { language: 'en', textSize: 150, theme: 'dark' }, version: 1 }),
    );
    await usePreferences.persist.rehydrate();
    expect(usePreferences.getState()).toMatchObject({
      language: 'en',
      textSize: 150,
      theme: 'dark',
    });
  });

  it('gives preferences stored before themes existed the automatic theme', async () => {
    localStorage.setItem(
      preferencesKey,
      JSON.stringify({ state: { language: 'en', textSize: 125 }, version: 1 }),
    );
    await usePreferences.persist.rehydrate();
    expect(usePreferences.getState()).toMatchObject({
      language: 'en',
      textSize: 125,
      theme: 'auto',
    });
  });

  it('repairs stored values it does not know', async () => {
    expect(repairPreferences({ language: 'fr', textSize: 999, theme: 'paars' })).toEqual(
      defaultPreferences,
    );
    expect(repairPreferences('kapot')).toEqual(defaultPreferences);
    expect(repairPreferences({ theme: ['dark'] })).toEqual(defaultPreferences);
    localStorage.setItem(
      preferencesKey,
      JSON.stringify({ state: { language: 'de', textSize: 175, theme: 'DARK' }, version: 1 }),
    );
    await usePreferences.persist.rehydrate();
    expect(usePreferences.getState()).toMatchObject({
      language: 'nl',
      textSize: 175,
      theme: 'auto',
    });
  });
});
