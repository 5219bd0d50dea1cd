import { describe, expect, it } from 'vitest';
import { isQuestionMarked, markedQuestions, oldBlockMarks } from './questionMarks';

const vraag1 = { id: 'vraag-1', blocks: [{ id: 'v1-a' }, { id: 'v1-b' }] };
const vraag2 = { id: 'vraag-2', blocks: [{ id: 'v2-a' }] };
const vraag3 = { id: 'vraag-3', blocks: [{ id: 'v3-a' }] };
const chain = [vraag1, vraag2, vraag3];

describe('one mark per question', () => {
  it('reads the question’s own mark', () => {
    expect(isQuestionMarked(vraag2, { 'vraag-2': true })).toBe(true);
    expect(isQuestionMarked(vraag2, { 'vraag-2': false })).toBe(false);
    expect(isQuestionMarked(vraag2, {})).toBe(false);
  });

  it('reads an old mark on one of its blocks as a mark on the question', () => {
    const marks = { 'v1-b': true, 'v2-a': false };
    expect(isQuestionMarked(vraag1, marks)).toBe(true);
    expect(oldBlockMarks(vraag1, marks)).toEqual(['v1-b']);
    expect(isQuestionMarked(vraag2, marks)).toBe(false);
  });

  it('lists the marked questions in chain order, whichever way they were marked', () => {
    const marks = { 'vraag-3': true, 'v1-a': true };
    expect(markedQuestions(chain, marks).map((q) => q.id)).toEqual(['vraag-1', 'vraag-3']);
  });
});
