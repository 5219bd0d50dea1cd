/**
 * One mark per question: "Lees dit later nog eens" (issue 17, item 2).
 *
 * Before, every info block had a mark of its own, stored as `mark:<blockId>`. Those rows stay as
 * they are and are read as a mark on the block's question. So nothing is lost and no migration
 * is needed: an old dossier, and an old backup restored later, show the same questions as marked.
 * Unmarking a question also clears its old block marks, so that it stays unmarked.
 */
export interface MarkableQuestion {
  id: string;
  blocks: readonly { id: string }[];
}

export type Marks = Readonly<Record<string, boolean | undefined>>;

/** The ids of this question's old block marks that are still set. */
export function oldBlockMarks(question: MarkableQuestion, marks: Marks): string[] {
  return question.blocks.filter((b) => marks[b.id] === true).map((b) => b.id);
}

export function isQuestionMarked(question: MarkableQuestion, marks: Marks): boolean {
  return marks[question.id] === true || oldBlockMarks(question, marks).length > 0;
}

/** The questions to read again, in chain order. */
export function markedQuestions<Q extends MarkableQuestion>(
  questions: readonly Q[],
  marks: Marks,
): Q[] {
  return questions.filter((q) => isQuestionMarked(q, marks));
}
