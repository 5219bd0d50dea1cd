import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentProblems } from './files';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, '../..', path), 'utf8'));

describe('contentProblems (run by every build)', () => {
  it('finds nothing wrong with the content as it is', () => {
    expect(contentProblems(read)).toEqual([]);
  });

  it('names the file and the place of a problem', () => {
    const broken = (path: string): unknown => {
      const json = read(path) as Record<string, unknown>;
      return path.endsWith('about.json') ? { ...json, extra: true } : json;
    };
    expect(contentProblems(broken)).toEqual([
      expect.stringMatching(/^content\/info\/about\.json \(top\): .*"extra"/),
    ]);
  });
});
