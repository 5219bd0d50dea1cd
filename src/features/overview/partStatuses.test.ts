import { describe, expect, it } from 'vitest';
import { emptyEntries } from '../../storage/entries';
import { partStatuses } from './partStatuses';

describe('part statuses', () => {
  it('starts with nothing begun', () => {
    expect(partStatuses(emptyEntries())).toEqual({
      vragen: 'nog-niet-begonnen',
      plan: 'nog-niet-begonnen',
      data: 'nog-niet-begonnen',
      pdf: 'nog-niet-begonnen',
      tijdens: 'nog-niet-begonnen',
      na: 'nog-niet-begonnen',
    });
  });

  it('is bezig once anything is filled in, and klaar only when marked', () => {
    const e = emptyEntries();
    e.answers['vraag-1'] = 'ja';
    e.worksheet.naam = { private: true }; // only the private tick: nothing written yet
    e.ticks['during:punt'] = true;
    e.ticks['after:punt'] = false;
    e.parts.na = 'klaar';
    expect(partStatuses(e)).toMatchObject({
      vragen: 'bezig',
      plan: 'nog-niet-begonnen',
      tijdens: 'bezig',
      na: 'klaar',
    });
    e.chosen.knelpunten = ['knelpunt-wonen'];
    e.parts.vragen = 'bezig';
    expect(partStatuses(e)).toMatchObject({ vragen: 'bezig', plan: 'bezig' });
  });
});
