import accessibilityJson from '../../content/info/accessibility.json' with { type: 'json' };
import type { accessibilityFile } from './schema';
import { checked } from './checked';

export const accessibility = checked<typeof accessibilityFile>(accessibilityJson);
