import worriesJson from '../../content/info/worries.json';
import { worriesFile } from './schema';

export const worries = worriesFile.parse(worriesJson);
