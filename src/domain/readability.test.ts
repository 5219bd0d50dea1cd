import { describe, expect, it } from 'vitest';
import { measure, splitSentences, stripMarkup, syllables } from './readability';

describe('readability', () => {
  it('counts Dutch syllables by vowel groups, splitting at a diaeresis', () => {
    expect(syllables('gesprek')).toBe(2);
    expect(syllables('keukentafelgesprek')).toBe(6);
    expect(syllables('ideeën')).toBe(3);
    expect(syllables('coördinatie')).toBe(5);
    expect(syllables('wijk')).toBe(1);
  });

  it('shows term markup as the words a reader sees', () => {
    expect(stripMarkup('Doe een [[melding]] of [[pgb|een pgb-aanvraag]].')).toBe(
      'Doe een melding of een pgb-aanvraag.',
    );
  });

  it('splits sentences at full stops and list lines, not at "art."', () => {
    expect(splitSentences('Zie art. 2.3.2 lid 2. Dat is kort!\n- punt een\n- punt twee')).toEqual([
      'Zie art\u2024 2.3.2 lid 2.',
      'Dat is kort!',
      'punt een',
      'punt twee',
    ]);
  });

  it('measures mean and maximum sentence length', () => {
    const f = measure('Een twee drie. Een twee drie vier vijf.');
    expect(f.sentences).toBe(2);
    expect(f.meanWordsPerSentence).toBe(4);
    expect(f.maxWordsPerSentence).toBe(5);
    expect(f.longestSentence).toBe('Een twee drie vier vijf.');
  });
});
