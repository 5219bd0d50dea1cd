import { z } from 'zod';
import { dossierNameMax } from '../../storage/records';

/** Error messages are codes; the page turns them into words in the user's language. */
export const dossierNameForm = z.object({
  name: z.string().trim().min(1, 'required').max(dossierNameMax, 'tooLong'),
});
export type DossierNameForm = z.infer<typeof dossierNameForm>;
export type DossierNameError = 'required' | 'tooLong';
