import type { z } from '../lib/zod';
import {
  aboutFile,
  accessibilityFile,
  afterFile,
  deadlinesFile,
  duringFile,
  exampleFile,
  glossaryFile,
  lettersFile,
  procedureFile,
  questionsFile,
  sourcesFile,
  terminologyFile,
  worksheetsFile,
  worriesFile,
} from './schema';

/**
 * Every content file with its schema. The content tests and every build (vite.config.ts) parse
 * each one, so the app itself trusts them (checked.ts) and needs no zod to show content.
 */
export const contentFiles = {
  sources: ['content/sources.json', sourcesFile],
  glossary: ['content/info/glossary.json', glossaryFile],
  questions: ['content/questions/chain.json', questionsFile],
  procedure: ['content/info/procedure.json', procedureFile],
  during: ['content/info/during.json', duringFile],
  after: ['content/info/after.json', afterFile],
  worries: ['content/info/worries.json', worriesFile],
  worksheets: ['content/worksheets/worksheets.json', worksheetsFile],
  example: ['content/worksheets/example.json', exampleFile],
  about: ['content/info/about.json', aboutFile],
  accessibility: ['content/info/accessibility.json', accessibilityFile],
  deadlines: ['content/info/deadlines.json', deadlinesFile],
  letters: ['content/letters/letters.json', lettersFile],
  terminology: ['content/terminology.json', terminologyFile],
} as const satisfies Record<string, readonly [string, z.ZodType]>;

/** What is wrong with the content files, one line per problem; empty when all fit. */
export function contentProblems(read: (path: string) => unknown): string[] {
  return Object.values(contentFiles).flatMap(([path, schema]) => {
    const result = schema.safeParse(read(path));
    if (result.success) return [];
    return result.error.issues.map((i) => `${path} ${i.path.join('.') || '(top)'}: ${i.message}`);
  });
}
