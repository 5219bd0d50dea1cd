import afterJson from '../../content/info/after.json' with { type: 'json' };
import type { afterFile } from './schema';
import { checked } from './checked';

export const after = checked<typeof afterFile>(afterJson);
