import duringJson from '../../content/info/during.json' with { type: 'json' };
import { duringFile } from './schema';

export const during = duringFile.parse(duringJson);
