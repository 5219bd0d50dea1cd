import chainJson from '../../content/questions/chain.json' with { type: 'json' };
import type { questionsFile } from './schema';
import { checked } from './checked';

export const chain = checked<typeof questionsFile>(chainJson).questions;
