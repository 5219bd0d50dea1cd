import aboutJson from '../../content/info/about.json' with { type: 'json' };
import type { aboutFile } from './schema';
import { checked } from './checked';

export const about = checked<typeof aboutFile>(aboutJson);
