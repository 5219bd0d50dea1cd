import deadlinesJson from '../../content/info/deadlines.json' with { type: 'json' };
import type { deadlinesFile } from './schema';
import { checked } from './checked';

export const deadlineTexts = checked<typeof deadlinesFile>(deadlinesJson);
