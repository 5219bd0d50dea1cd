import duringJson from '../../content/info/during.json';
import { duringFile } from './schema';

export const during = duringFile.parse(duringJson);
