import worriesJson from '../../content/info/worries.json' with { type: 'json' };
import { worriesFile } from './schema';

export const worries = worriesFile.parse(worriesJson);
