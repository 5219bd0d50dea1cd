import { describe, expect, it } from 'vitest';
import { fillName, plainName, voiced } from './personText';

const text = { nl: '{{naam}} woont alleen. Wie helpt {{naam}}?', en: 'Who helps {{naam}}?' };

describe('the person in a text for someone else (issue 17, item 12)', () => {
  it('fills in the name, in both languages', () => {
    expect(voiced({ nl: 'je', en: 'you' }, text, { subject: 'other', personName: 'Riet' })).toEqual({
      nl: 'Riet woont alleen. Wie helpt Riet?',
      en: 'Who helps Riet?',
    });
  });

  it('speaks to the resident in her own dossier', () => {
    const self = { nl: 'Wie helpt je?', en: 'Who helps you?' };
    expect(voiced(self, text, { subject: 'self', personName: '' })).toBe(self);
  });

  it('says "deze persoon" without a name, with a capital where a sentence starts', () => {
    expect(fillName(text.nl, '', 'nl')).toBe('Deze persoon woont alleen. Wie helpt deze persoon?');
    expect(fillName('Denk aan:\n- {{naam}} zelf', ' ', 'en')).toBe('Denk aan:\n- This person zelf');
  });

  it('keeps a name as plain words: no markup, no line breaks, no placeholder', () => {
    expect(plainName('Riet *[[pgb]]*\n- {{naam}}')).toBe('Riet pgb - naam');
    expect(fillName('Wie is {{naam}}?', '[[x]]', 'nl')).toBe('Wie is x?');
  });
});
