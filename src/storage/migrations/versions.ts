import type { Migration } from './migration';
import { v001Initial } from './v001-initial';
import { v002Entries } from './v002-entries';

/** Every schema version the app has ever had, oldest first. */
export const migrations: readonly Migration[] = [v001Initial, v002Entries];
