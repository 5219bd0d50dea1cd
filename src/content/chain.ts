import chainJson from '../../content/questions/chain.json' with { type: 'json' };
import { questionsFile } from './schema';

export const chain = questionsFile.parse(chainJson).questions;
