import { useState } from 'react';
import type { Question } from '../../content/schema';
import { isQuestionMarked, oldBlockMarks } from '../../domain/questionMarks';
import { useAutosave, useDossierContext, useEntryState } from '../../storage/hooks';

/**
 * "Lees dit later nog eens": one mark per question, the same on the question and on its uitleg.
 * An old mark on one of its blocks counts too (see src/domain/questionMarks.ts); unmarking
 * clears those as well.
 */
export function useQuestionMark(question: Question): [boolean, (marked: boolean) => void] {
  const { dossier, entries } = useDossierContext();
  const [own, setOwn] = useEntryState(
    dossier.id,
    `mark:${question.id}`,
    entries.marks[question.id],
    false,
  );
  const save = useAutosave(dossier.id);
  // Once she has pressed the button here, her choice counts, also while old marks are cleared.
  const [pressed, setPressed] = useState(false);
  const marked = pressed ? own : isQuestionMarked(question, entries.marks);
  const setMarked = (next: boolean) => {
    setPressed(true);
    setOwn(next);
    if (!next) for (const id of oldBlockMarks(question, entries.marks)) save(`mark:${id}`, false);
  };
  return [marked, setMarked];
}
