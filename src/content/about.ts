import aboutJson from '../../content/info/about.json';
import sourcesJson from '../../content/sources.json';
import { aboutFile, sourcesFile } from './schema';

export const about = aboutFile.parse(aboutJson);
export const sourceDocuments = sourcesFile.parse(sourcesJson).documents;
