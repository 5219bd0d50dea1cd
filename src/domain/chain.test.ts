import { describe, expect, it } from 'vitest';
import {
  afterAnswer,
  afterInfo,
  firstOpenQuestion,
  stepBefore,
  type ChainAnswer,
  type ChainStep,
} from './chain';

const chain = [1, 2, 3, 4, 5].map((n) => ({
  id: `vraag-${n}`,
  yesNext: n < 5 ? `vraag-${n + 1}` : null,
}));
const answers: ChainAnswer[] = ['ja', 'nee', 'weet-niet'];

/** Walks the chain with one answer per question and returns the pages seen. */
function walk(choice: readonly ChainAnswer[]): string[] {
  const seen: string[] = [];
  let step: ChainStep = { kind: 'question', id: 'vraag-1' };
  let i = 0;
  while (step.kind !== 'end') {
    seen.push(`${step.kind}:${step.id}`);
    step =
      step.kind === 'question'
        ? afterAnswer(chain, step.id, choice[i++] ?? 'ja')
        : afterInfo(chain, step.id);
  }
  return seen;
}

function* allChoices(n: number): Generator<ChainAnswer[]> {
  if (n === 0) return yield [];
  for (const rest of allChoices(n - 1)) for (const a of answers) yield [...rest, a];
}

describe('question chain', () => {
  it('walks every one of the 243 paths of ja, nee and weet niet through vraag 1–5', () => {
    let paths = 0;
    for (const choice of allChoices(5)) {
      const expected = choice.flatMap((a, i) =>
        a === 'ja'
          ? [`question:vraag-${i + 1}`]
          : [`question:vraag-${i + 1}`, `info:vraag-${i + 1}`],
      );
      expect(walk(choice), choice.join(',')).toEqual(expected);
      paths += 1;
    }
    expect(paths).toBe(243);
  });

  it('goes back to the info page when the previous answer was not ja', () => {
    expect(stepBefore(chain, 'vraag-1', {})).toBeNull();
    expect(stepBefore(chain, 'vraag-3', { 'vraag-2': 'ja' })).toEqual({
      kind: 'question',
      id: 'vraag-2',
    });
    expect(stepBefore(chain, 'vraag-3', { 'vraag-2': 'weet-niet' })).toEqual({
      kind: 'info',
      id: 'vraag-2',
    });
    expect(stepBefore(chain, 'vraag-3', {})).toEqual({ kind: 'question', id: 'vraag-2' });
  });

  it('resumes at the first question without an answer', () => {
    expect(firstOpenQuestion(chain, {})).toBe('vraag-1');
    expect(firstOpenQuestion(chain, { 'vraag-1': 'ja', 'vraag-2': 'nee' })).toBe('vraag-3');
    expect(
      firstOpenQuestion(chain, Object.fromEntries(chain.map((c) => [c.id, 'ja' as const]))),
    ).toBeNull();
  });

  it('refuses an unknown question', () => {
    expect(() => afterAnswer(chain, 'vraag-9', 'ja')).toThrow(RangeError);
  });
});
