import worriesJson from '../../content/info/worries.json' with { type: 'json' };
import type { worriesFile } from './schema';
import { checked } from './checked';

export const worries = checked<typeof worriesFile>(worriesJson);
