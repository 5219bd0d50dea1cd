import glossaryJson from '../../content/info/glossary.json' with { type: 'json' };
import { glossaryFile } from './schema';

export const glossary = glossaryFile.parse(glossaryJson);
