import exampleJson from '../../content/worksheets/example.json' with { type: 'json' };
import { buildPlanDocument, type PlanDocument } from '../domain/planDocument';
import type { TFunction } from 'i18next';
import { checked } from './checked';
import { localize } from './localize';
import { planSections, type PlanEntries } from './planSections';
import type { ExampleAnswer, exampleFile } from './schema';
import { worksheets } from './worksheets';

/**
 * The worked example (issue 17, "Show, don't only tell"): a fictitious resident's answers, from
 * content/worksheets/example.json. Built in memory whenever it is shown: it never becomes a
 * dossier, so it is never stored, never listed and never in a backup.
 */
const file = checked<typeof exampleFile>(exampleJson);
const byItem = new Map<string, ExampleAnswer>(file.answers.map((a) => [a.id, a]));

export function exampleAnswerFor(itemId: string): ExampleAnswer | undefined {
  return byItem.get(itemId);
}

/** The example resident's name, as she wrote it on worksheet 1. */
export function exampleName(language: string): string {
  const naam = byItem.get('naam');
  return naam && 'text' in naam ? localize(naam.text, language) : '';
}

/** The example as a dossier's worksheet entries would hold it, in one language. */
export function exampleEntries(language: string): PlanEntries {
  const worksheet: PlanEntries['worksheet'] = Object.fromEntries(
    file.answers.map((a) => {
      if ('text' in a) return [a.id, { text: localize(a.text, language), private: false }];
      if ('age' in a) return [a.id, { text: String(a.age), private: false }];
      return [a.id, { choice: a.choice, private: false }];
    }),
  );
  return { worksheet, chosen: file.chosen };
}

/** The example plan, as the gemeente would get it; `madeOn` is already in words. */
export function examplePlanDocument(language: string, t: TFunction, madeOn: string): PlanDocument {
  return buildPlanDocument(
    planSections(worksheets, exampleEntries(language), language, t),
    { name: exampleName(language), madeOn },
    'gemeente',
  );
}
