import { mkdirSync, writeFileSync } from 'node:fs';

/** The middle value (the upper middle for an even count). */
export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Writes one benchmark's figures to bench/parts/<name>.json; report.mjs merges the parts. */
export function writePart(name: string, data: Record<string, unknown>): void {
  mkdirSync('bench/parts', { recursive: true });
  writeFileSync(
    `bench/parts/${name}.json`,
    JSON.stringify({ at: new Date().toISOString(), ...data }, null, 2),
  );
}
