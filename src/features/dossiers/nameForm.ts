import { z } from '../../lib/zod';
import { dossierNameMax } from '../../storage/records';

/** Error messages are codes; the page turns them into words in the user's language. */
const name = z.string().trim().max(dossierNameMax, 'tooLong');

export const nameForm = z.object({ name: name.min(1, 'required') });
export type NameForm = z.infer<typeof nameForm>;
export type NameError = 'required' | 'tooLong';

export const optionalNameForm = z.object({ name });
