import deadlinesJson from '../../content/info/deadlines.json' with { type: 'json' };
import { deadlinesFile } from './schema';

export const deadlineTexts = deadlinesFile.parse(deadlinesJson);
