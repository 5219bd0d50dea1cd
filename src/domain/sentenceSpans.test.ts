import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentenceSpans';

describe('sentenceSpans', () => {
  it('splits like the readability check, and points at each sentence in the text', () => {
    const text = 'Je doet een melding. Daarna belt de gemeente!\nDe stappen';
    const spans = sentenceSpans(text);
    expect(spans.map((s) => s.text)).toEqual([
      'Je doet een melding.',
      'Daarna belt de gemeente!',
      'De stappen',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a leading number and a real full stop after "art."', () => {
    const text = 'Zie art. 2.3.2 lid 2 van de wet.\n6 weken\n- een punt';
    expect(sentenceSpans(text).map((s) => s.text)).toEqual([
      'Zie art. 2.3.2 lid 2 van de wet.',
      '6 weken',
      '- een punt',
    ]);
  });

  it('skips text without words and returns nothing for empty text', () => {
    expect(sentenceSpans('  \n — \n')).toEqual([]);
    expect(sentenceSpans('')).toEqual([]);
    expect(sentenceSpans(' Eén zin. ')).toEqual([{ text: 'Eén zin.', start: 1, end: 9 }]);
  });
});
