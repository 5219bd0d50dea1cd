import procedureJson from '../../content/info/procedure.json' with { type: 'json' };
import type { procedureFile } from './schema';
import { checked } from './checked';

export const procedure = checked<typeof procedureFile>(procedureJson);
