import worksheetsJson from '../../content/worksheets/worksheets.json' with { type: 'json' };
import { worksheetsFile } from './schema';

const file = worksheetsFile.parse(worksheetsJson);
export const worksheets = file.worksheets;
export const planAdvice = file.advice;
