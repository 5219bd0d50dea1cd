import worksheetsJson from '../../content/worksheets/worksheets.json';
import { worksheetsFile } from './schema';

const file = worksheetsFile.parse(worksheetsJson);
export const worksheets = file.worksheets;
export const planAdvice = file.advice;
