import sourcesJson from '../../content/sources.json' with { type: 'json' };
import type { sourcesFile, SourceRef } from './schema';
import { checked } from './checked';
import { localize } from './localize';

export const sourceDocuments = checked<typeof sourcesFile>(sourcesJson).documents;
const byId = new Map(sourceDocuments.map((d) => [d.id, d]));

/** "Wmo 2015, art. 2.3.2 lid 2" in the reader's language. */
export function citation(ref: SourceRef, language: string): string {
  const doc = byId.get(ref.doc);
  return doc ? `${localize(doc.short, language)}, ${ref.ref}` : ref.ref;
}
