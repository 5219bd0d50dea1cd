import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { SlowStorage, slowStorageAfterMs } from './SlowStorage';

describe('SlowStorage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says nothing while the storage answers in time, then says what to do', () => {
    render(
      <I18nextProvider i18n={createI18n('nl')}>
        <SlowStorage />
      </I18nextProvider>,
    );
    act(() => vi.advanceTimersByTime(slowStorageAfterMs - 1));
    expect(screen.queryByRole('status')).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByRole('status')).toHaveTextContent('De opslag van je browser reageert niet');
    expect(screen.getByRole('heading', { level: 1, name: 'Dit duurt lang' })).toBeTruthy();
  });
});
