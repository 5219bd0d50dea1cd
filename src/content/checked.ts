import type { z } from '../lib/zod';

/**
 * A content file, typed by its schema. It is not parsed again here: the content tests and every
 * build parse each file against its schema (files.ts, vite.config.ts), so a page that only shows
 * content loads no zod and spends no time on it.
 */
export function checked<Schema extends z.ZodType>(json: unknown): z.output<Schema> {
  return json as z.output<Schema>;
}
