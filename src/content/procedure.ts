import procedureJson from '../../content/info/procedure.json' with { type: 'json' };
import { procedureFile } from './schema';

export const procedure = procedureFile.parse(procedureJson);
