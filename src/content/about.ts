import aboutJson from '../../content/info/about.json' with { type: 'json' };
import { aboutFile } from './schema';

export const about = aboutFile.parse(aboutJson);
