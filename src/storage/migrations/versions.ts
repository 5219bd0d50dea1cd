import type { Migration } from './migration';
import { v001Initial } from './v001-initial';
import { v002Entries } from './v002-entries';
import { v003Meta } from './v003-meta';
import { v004OwnQuestionIds } from './v004-own-question-ids';

/** Every schema version the app has ever had, oldest first. */
export const migrations: readonly Migration[] = [
  v001Initial,
  v002Entries,
  v003Meta,
  v004OwnQuestionIds,
];

export const currentVersion = migrations.at(-1)?.version ?? 0;
