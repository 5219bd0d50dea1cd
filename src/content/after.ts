import afterJson from '../../content/info/after.json' with { type: 'json' };
import { afterFile } from './schema';

export const after = afterFile.parse(afterJson);
