import procedureJson from '../../content/info/procedure.json';
import { procedureFile } from './schema';

export const procedure = procedureFile.parse(procedureJson);
