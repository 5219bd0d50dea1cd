import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type UiLanguage } from '../i18n/i18n';
import { ErrorSummary } from './ErrorSummary';

function renderSummary(language: UiLanguage) {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <ErrorSummary errors={[{ fieldId: 'naam', message: 'Vul je naam in.' }]} />
      <input id="naam" aria-label="Naam" />
    </I18nextProvider>,
  );
}

describe('ErrorSummary', () => {
  it('is headed "Er is een probleem", as GOV.UK does, takes focus and links to the field', async () => {
    renderSummary('nl');
    const summary = screen.getByRole('alert', { name: 'Er is een probleem' });
    expect(summary).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'Er is een probleem' })).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: 'Vul je naam in.' }));
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveFocus();
  });

  it('is headed "There is a problem" in English', () => {
    renderSummary('en');
    expect(screen.getByRole('heading', { level: 2, name: 'There is a problem' })).toBeVisible();
  });
});
