import { describe, expect, it } from 'vitest';
import { HookbenchError } from '../errors.ts';
import { faultsSchema, parseDuration, parseFaultFlags } from './faults.ts';

describe('parseDuration', () => {
  it.each([
    ['250', 250],
    ['250ms', 250],
    ['1.5s', 1500],
    ['5m', 300_000],
    ['2h', 7_200_000],
  ])('reads %s as %i ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '-1s', '5 days'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('faultsSchema', () => {
  it('normalises the values of the CLI form', () => {
    const faults = faultsSchema.parse(parseFaultFlags(['duplicate=2', 'delay=1s', 'retry=1s,5s,30s', 'burst=50@10', 'reorder', 'timeout=2s']));
    expect(faults).toEqual({
      duplicate: 2,
      delay: 1000,
      retry: [1000, 5000, 30_000],
      burst: { count: 50, concurrency: 10 },
      reorder: true,
      timeout: 2000,
    });
  });

  it('accepts the API form with numbers and lists', () => {
    expect(faultsSchema.parse({ retry: ['1s', 2000], burst: 5, delay: 10 })).toEqual({
      retry: [1000, 2000],
      burst: { count: 5, concurrency: 5 },
      delay: 10,
    });
  });

  it.each([
    [{ signature: 'forged' }, 'signature'],
    [{ retry: '1s,later' }, 'retry'],
    [{ burst: '0@1' }, 'burst'],
    [{ duplicate: 0 }, 'duplicate'],
    [{ teleport: 1 }, ''],
  ])('rejects %j naming %s', (input, path) => {
    const result = faultsSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success && path) expect(result.error.issues[0]?.path).toEqual([path]);
  });
});

describe('parseFaultFlags', () => {
  it('names an unknown fault and lists the known ones', () => {
    expect(() => parseFaultFlags(['explode=1'])).toThrow(HookbenchError);
    expect(() => parseFaultFlags(['explode=1'])).toThrow(/unknown fault "explode"; known: duplicate, delay/);
  });
});
