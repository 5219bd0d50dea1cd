import { describe, expect, it } from 'vitest';
import { backupAdvice } from './backupAdvice';

const today = '2026-11-24';
const many = 15;

describe('backupAdvice', () => {
  it('asks nothing when nothing changed since the last backup, even just before the gesprek', () => {
    expect(backupAdvice({ changes: 0, partsDone: 0 }, '2026-11-25', today, many)).toBeNull();
  });

  it('asks before a gesprek from today up to 7 days ahead, not sooner and not after it', () => {
    const one = { changes: 1, partsDone: 0 };
    expect(backupAdvice(one, '2026-11-24', today, many)).toBe('gesprek');
    expect(backupAdvice(one, '2026-12-01', today, many)).toBe('gesprek');
    expect(backupAdvice(one, '2026-12-02', today, many)).toBeNull();
    expect(backupAdvice(one, '2026-11-23', today, many)).toBeNull();
    expect(backupAdvice(one, undefined, today, many)).toBeNull();
  });

  it('asks after a part was marked done, and after many changes', () => {
    expect(backupAdvice({ changes: 2, partsDone: 1 }, undefined, today, many)).toBe('part');
    expect(backupAdvice({ changes: 14, partsDone: 0 }, undefined, today, many)).toBeNull();
    expect(backupAdvice({ changes: 15, partsDone: 0 }, undefined, today, many)).toBe('changes');
  });

  it('names the gesprek first when several reasons hold', () => {
    expect(backupAdvice({ changes: 40, partsDone: 2 }, '2026-11-26', today, many)).toBe('gesprek');
  });
});
