import worksheetsJson from '../../content/worksheets/worksheets.json' with { type: 'json' };
import type { worksheetsFile } from './schema';
import { checked } from './checked';

const file = checked<typeof worksheetsFile>(worksheetsJson);
export const worksheets = file.worksheets;
export const planAdvice = file.advice;
export const someone = file.someone;
