import { afterEach, describe, expect, it } from 'vitest';
import { readableTextFrom, readableTextOf } from './readableText';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('readableTextOf', () => {
  it('reads blocks as sentences of their own, and finds each sentence again in the DOM', () => {
    const root = mount(
      `<h1><span style="display:block">Over het gesprek</span>De stappen</h1>
       <p>Je doet een <a href="/b#melding">melding</a>. Daarna <em>belt</em> de
          gemeente je.</p>
       <ul><li>Stap 1</li><li><span class="tag" style="display:inline-block">Gemeente</span><span class="tag" style="display:inline-block">6 weken</span></li></ul>`,
    );
    const text = readableTextOf(root);
    expect(text.sentences).toEqual([
      'Over het gesprek',
      'De stappen',
      'Je doet een melding.',
      'Daarna belt de gemeente je.',
      'Stap 1',
      'Gemeente',
      '6 weken',
    ]);
    expect(text.rangeOf(2)?.toString()).toBe('Je doet een melding.');
    // The range keeps the DOM's own line break; what is read is tidied.
    expect(text.rangeOf(3)?.toString().replace(/\s+/g, ' ')).toBe('Daarna belt de gemeente je.');
    expect(text.rangeOf(7)).toBeNull();
  });

  it('skips controls, hidden text and anything marked data-no-read or aria-hidden', () => {
    const root = mount(
      `<p>Lees dit.</p>
       <div data-no-read><button>Lees voor</button><p>Niet dit.</p></div>
       <p aria-hidden="true">Ook niet.</p>
       <p hidden>Verborgen.</p>
       <p style="display:none">Onzichtbaar.</p>
       <button type="button">Markeer</button>
       <p>En dit<span aria-hidden="true"> ★</span>.</p>`,
    );
    expect(readableTextOf(root).sentences).toEqual(['Lees dit.', 'En dit.']);
  });
});

describe('readableTextFrom', () => {
  it('splits plain text, without a place on the page', () => {
    const text = readableTextFrom('Weet je wat een keukentafelgesprek is?\nDat helpt.');
    expect(text.sentences).toEqual(['Weet je wat een keukentafelgesprek is?', 'Dat helpt.']);
    expect(text.rangeOf(0)).toBeNull();
  });
});
