/**
 * The brochure's question chain (vraag 1–5): "Ja" goes to the next question; "Nee" and
 * "Weet ik niet zeker" first show the explanation, then go on.
 */
export type ChainAnswer = 'ja' | 'nee' | 'weet-niet';

export interface ChainQuestion {
  id: string;
  yesNext: string | null;
}

export type ChainStep =
  { kind: 'question'; id: string } | { kind: 'info'; id: string } | { kind: 'end' };

function next(question: ChainQuestion): ChainStep {
  return question.yesNext ? { kind: 'question', id: question.yesNext } : { kind: 'end' };
}

function find(chain: readonly ChainQuestion[], id: string): ChainQuestion {
  const q = chain.find((c) => c.id === id);
  if (!q) throw new RangeError(`Unknown question ${id}`);
  return q;
}

export function afterAnswer(
  chain: readonly ChainQuestion[],
  id: string,
  answer: ChainAnswer,
): ChainStep {
  const question = find(chain, id);
  switch (answer) {
    case 'ja':
      return next(question);
    case 'nee':
    case 'weet-niet':
      return { kind: 'info', id };
    default: {
      const unknown: never = answer;
      throw new RangeError(`Unknown answer ${String(unknown)}`);
    }
  }
}

export function afterInfo(chain: readonly ChainQuestion[], id: string): ChainStep {
  return next(find(chain, id));
}

/** Where "Terug" leads from a question: the page the resident saw just before it. */
export function stepBefore(
  chain: readonly ChainQuestion[],
  id: string,
  answers: Readonly<Record<string, ChainAnswer>>,
): ChainStep | null {
  const previous = chain.find((c) => c.yesNext === id);
  if (!previous) return null;
  const answer = answers[previous.id];
  return answer && answer !== 'ja'
    ? { kind: 'info', id: previous.id }
    : { kind: 'question', id: previous.id };
}

/** The first question without an answer, to resume the chain; null when all are answered. */
export function firstOpenQuestion(
  chain: readonly ChainQuestion[],
  answers: Readonly<Record<string, ChainAnswer>>,
): string | null {
  return chain.find((c) => !answers[c.id])?.id ?? null;
}
