import { describe, expect, it } from 'vitest';
import { splitQuestions } from './ownQuestions';

describe('own questions, line by line', () => {
  it('makes one question per non-empty line, without list marks', () => {
    const q = splitQuestions(
      '- Krijg ik hulp bij douchen?\n\n2. Wat kost het?\r\n• Wie belt mij?  ',
    );
    expect(q.map((x) => x.text)).toEqual([
      'Krijg ik hulp bij douchen?',
      'Wat kost het?',
      'Wie belt mij?',
    ]);
  });

  it('keeps ids stable when lines move or are added, and unique for repeated lines', () => {
    const a = splitQuestions('Wat kost het?\nWie belt mij?');
    const b = splitQuestions('Nieuwe vraag\nWie belt mij?\nWat kost het?');
    expect(b.find((x) => x.text === 'Wat kost het?')?.id).toBe(a[0]?.id);
    const twice = splitQuestions('Zelfde\nZelfde');
    expect(new Set(twice.map((x) => x.id)).size).toBe(2);
  });
});
