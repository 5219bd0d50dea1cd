import afterJson from '../../content/info/after.json';
import { afterFile } from './schema';

export const after = afterFile.parse(afterJson);
