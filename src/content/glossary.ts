import glossaryJson from '../../content/info/glossary.json' with { type: 'json' };
import type { glossaryFile } from './schema';
import { checked } from './checked';

export const glossary = checked<typeof glossaryFile>(glossaryJson);
