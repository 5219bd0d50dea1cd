import { describe, expect, it } from 'vitest';
import { matchesQuery } from './matchesQuery';

describe('matchesQuery', () => {
  it('matches any part of the text, ignoring case and accents', () => {
    expect(matchesQuery('clientonder', ['Cliëntondersteuner'])).toBe(true);
    expect(matchesQuery('PGB', ['Persoonsgebonden budget (pgb)'])).toBe(true);
    expect(matchesQuery('bezwaar', ['Beroep'])).toBe(false);
  });

  it('matches everything for an empty query, and reads markup as plain words', () => {
    expect(matchesQuery('   ', ['x'])).toBe(true);
    expect(matchesQuery('een melding', ['Doe [[melding|een *melding*]]'])).toBe(true);
  });
});
