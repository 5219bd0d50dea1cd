import { describe, expect, it } from 'vitest';
import { glossaryReturnState, readGlossaryReturn } from './glossaryReturn';

const glossary = '/over-het-gesprek/begrippen';

describe('the way back from the begrippenlijst', () => {
  it('remembers the page a term was opened from', () => {
    const at = { pathname: '/dossiers/d1/vragen/vraag-1/uitleg', search: '', state: null };
    expect(glossaryReturnState(at)).toEqual({ from: '/dossiers/d1/vragen/vraag-1/uitleg' });
    expect(readGlossaryReturn({ from: '/dossiers/d1/vragen/vraag-1/uitleg' })).toBe(
      '/dossiers/d1/vragen/vraag-1/uitleg',
    );
  });

  it('keeps that page while she follows terms inside the list', () => {
    expect(
      glossaryReturnState({ pathname: glossary, search: '', state: { from: '/dossiers/d1' } }),
    ).toEqual({ from: '/dossiers/d1' });
    expect(glossaryReturnState({ pathname: glossary, search: '', state: null })).toBeUndefined();
  });

  it('takes only a path inside the app', () => {
    for (const state of [
      null,
      'x',
      { from: 3 },
      { from: 'https://example.org/' },
      { from: '//example.org/' },
      { from: `${glossary}#melding` },
    ])
      expect(readGlossaryReturn(state)).toBeUndefined();
  });
});
