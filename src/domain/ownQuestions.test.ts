import { describe, expect, it } from 'vitest';
import {
  isQuestionId,
  legacyQuestionIds,
  nextQuestionIds,
  ownQuestions,
  ownQuestionsMax,
  planRekey,
  questionLines,
} from './ownQuestions';

/** Random-looking ids, in order, so that tests can name them. */
function idMaker(): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  };
}
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('own questions, line by line', () => {
  it('makes one question per non-empty line, without list marks', () => {
    expect(
      questionLines('- Krijg ik hulp bij douchen?\n\n2. Wat kost het?\r\n• Wie belt mij?  '),
    ).toEqual(['Krijg ik hulp bij douchen?', 'Wat kost het?', 'Wie belt mij?']);
  });

  it('gives every new line a fresh id that says nothing of its words (issue 16, item 3)', () => {
    const ids = nextQuestionIds(
      { text: '', ids: undefined },
      'Wat kost het?\nWat kost het?',
      idMaker(),
    );
    expect(ids).toEqual([id(1), id(2)]);
    expect(ids).not.toContain(legacyQuestionIds('Wat kost het?')[0]);
    expect(ownQuestions('Wat kost het?\nWat kost het?', ids)).toEqual([
      { id: id(1), text: 'Wat kost het?' },
      { id: id(2), text: 'Wat kost het?' },
    ]);
  });

  it('keeps ids with their lines when lines move, are added, or are corrected in place', () => {
    const before = { text: 'Wat kost het?\nWie belt mij?', ids: [id(1), id(2)] };
    const next = idMaker();
    next();
    next();
    expect(nextQuestionIds(before, 'Nieuwe vraag\nWie belt mij?\nWat kost het?', next)).toEqual([
      id(3),
      id(2),
      id(1),
    ]);
    expect(nextQuestionIds(before, 'Wat kost het nu?\nWie belt mij?', idMaker())).toEqual([
      id(1),
      id(2),
    ]);
  });

  it('has no ids when the stored ids do not fit the lines, so they are made again', () => {
    expect(ownQuestions('A\nB', [id(1)]).map((q) => q.id)).toEqual([undefined, undefined]);
    expect(ownQuestions('A\nB', [id(1), 'abc']).map((q) => q.id)).toEqual([undefined, undefined]);
    expect(ownQuestions('A\nB', [id(1), id(1)]).map((q) => q.id)).toEqual([undefined, undefined]);
    expect(isQuestionId(legacyQuestionIds('A')[0])).toBe(false);
  });

  it(`gives ids to the first ${ownQuestionsMax} questions only`, () => {
    const text = Array.from({ length: ownQuestionsMax + 5 }, (_, i) => `Vraag ${i}`).join('\n');
    const ids = nextQuestionIds({ text: '', ids: undefined }, text, idMaker());
    expect(ids).toHaveLength(ownQuestionsMax);
    const questions = ownQuestions(text, ids);
    expect(questions).toHaveLength(ownQuestionsMax + 5);
    expect(questions.at(-1)?.id).toBeUndefined();
    expect(questions[0]?.id).toBe(id(1));
  });
});

describe('moving ticks from keys made of the words to random ids', () => {
  it('renames a tick on a question to that question’s id, and drops ticks of removed questions', () => {
    const text = 'Wat kost het?\nWie belt mij?\nWie belt mij?';
    const [cost, call, callAgain] = legacyQuestionIds(text);
    const plan = planRekey({
      text,
      ids: undefined,
      tickIds: [String(cost), String(callAgain), legacyQuestionIds('Weg')[0] ?? ''],
      newId: idMaker(),
    });
    expect(plan.ids).toEqual([id(1), id(2), id(3)]);
    expect(plan.renames).toEqual([
      { from: cost, to: id(1) },
      { from: callAgain, to: id(3) },
    ]);
    expect(plan.drops).toEqual([legacyQuestionIds('Weg')[0]]);
    expect(call).not.toBe(callAgain);
  });

  it('keeps ids that fit, and lets a tick already under the new id win', () => {
    const text = 'Wat kost het?';
    const plan = planRekey({
      text,
      ids: [id(7)],
      tickIds: [id(7), String(legacyQuestionIds(text)[0])],
      newId: idMaker(),
    });
    expect(plan.ids).toEqual([id(7)]);
    expect(plan.idsChanged).toBe(false);
    expect(plan.renames).toEqual([]);
    expect(plan.drops).toEqual([legacyQuestionIds(text)[0]]);
  });

  it('has nothing to do when every id is random and fits', () => {
    const plan = planRekey({ text: 'A', ids: [id(1)], tickIds: [id(1)], newId: idMaker() });
    expect(plan).toEqual({ ids: [id(1)], idsChanged: false, renames: [], drops: [] });
  });
});
