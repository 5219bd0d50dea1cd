import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import { DateField } from './DateField';
import { todayIso } from '../lib/today';
import { formatIsoLong } from '../lib/formatDate';
import { toDutchNumeric } from '../domain/dates';

/** The field as a page uses it: the stored value lives outside, as with useEntryState. */
function Harness({ stored }: { stored: string[] }) {
  const [value, setValue] = useState('');
  return (
    <DateField
      id="melding"
      label="Datum van de melding"
      value={value}
      onChange={(next) => {
        stored.push(next);
        setValue(next);
      }}
    />
  );
}

describe('a date field that understands what people type (issue 17, item 10)', () => {
  it('says the date back in words, and stores it as day-month-year', async () => {
    const stored: string[] = [];
    render(
      <I18nextProvider i18n={createI18n('nl')}>
        <Harness stored={stored} />
      </I18nextProvider>,
    );
    const field = screen.getByRole('textbox', { name: 'Datum van de melding' });
    await userEvent.type(field, '20 nov 2026');
    expect(field).toHaveValue('20 nov 2026');
    expect(screen.getByText('Dat is vrijdag 20 november 2026.')).toBeInTheDocument();
    expect(stored.at(-1)).toBe('20-11-2026');
    await userEvent.tab();
    expect(field).toHaveValue('20-11-2026');
  });

  it('stores "vandaag" as the day it was typed', async () => {
    const stored: string[] = [];
    render(
      <I18nextProvider i18n={createI18n('nl')}>
        <Harness stored={stored} />
      </I18nextProvider>,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Datum van de melding' }), 'vandaag');
    const today = todayIso();
    expect(stored.at(-1)).toBe(toDutchNumeric(today));
    expect(screen.getByText(`Dat is ${formatIsoLong(today, 'nl')}.`)).toBeInTheDocument();
  });

  it('says plainly what it could not read, and keeps the text as typed', async () => {
    const stored: string[] = [];
    render(
      <I18nextProvider i18n={createI18n('nl')}>
        <Harness stored={stored} />
      </I18nextProvider>,
    );
    const field = screen.getByRole('textbox', { name: 'Datum van de melding' });
    await userEvent.type(field, 'volgende week');
    expect(
      screen.getByText('Deze datum kan de app niet lezen. Typ hem zo: 20-11-2026.'),
    ).toBeInTheDocument();
    expect(stored.at(-1)).toBe('volgende week');
    await userEvent.clear(field);
    await userEvent.type(field, '31-2-2026');
    expect(
      screen.getByText('Deze datum bestaat niet. Kijk de dag en de maand na.'),
    ).toBeInTheDocument();
  });
});
