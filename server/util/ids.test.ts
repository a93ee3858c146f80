import { describe, expect, it } from 'vitest';
import { decodeTime } from 'ulid';
import { newId } from './ids.ts';

describe('newId', () => {
  it('prefixes a ULID that decodes to now', () => {
    const before = Date.now();
    const id = newId('dlv');
    expect(id).toMatch(/^dlv_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(decodeTime(id.slice(4))).toBeGreaterThanOrEqual(before);
    expect(decodeTime(id.slice(4))).toBeLessThanOrEqual(Date.now());
  });

  it('never repeats, and sorts in creation order even within one millisecond', () => {
    const ids = Array.from({ length: 20_000 }, () => newId('x'));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
