import { z } from '../lib/zod';

/** A passphrase protects health data: long enough to resist guessing, short enough to type. */
export const passphraseMin = 8;
export const passphraseMax = 200;

export type PassphraseProblem = 'tooShort' | 'tooLong' | 'different';

/** Choosing a new passphrase: typed twice, so that a typo cannot lock the resident out. */
export const newPassphraseForm = z
  .object({ passphrase: z.string(), repeat: z.string() })
  .superRefine(({ passphrase, repeat }, ctx) => {
    const problem = (message: PassphraseProblem, path: 'passphrase' | 'repeat') =>
      ctx.addIssue({ code: 'custom', message, path: [path] });
    if ([...passphrase].length < passphraseMin) problem('tooShort', 'passphrase');
    else if ([...passphrase].length > passphraseMax) problem('tooLong', 'passphrase');
    else if (repeat !== passphrase) problem('different', 'repeat');
  });
export type NewPassphraseForm = z.infer<typeof newPassphraseForm>;
