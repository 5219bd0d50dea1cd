import accessibilityJson from '../../content/info/accessibility.json' with { type: 'json' };
import { accessibilityFile } from './schema';

export const accessibility = accessibilityFile.parse(accessibilityJson);
