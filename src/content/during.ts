import duringJson from '../../content/info/during.json' with { type: 'json' };
import type { duringFile } from './schema';
import { checked } from './checked';

export const during = checked<typeof duringFile>(duringJson);
