import { describe, expect, it } from 'vitest';
import { nextBatchDelay } from './batch-pace.ts';

/** The delays a steady stream of `perSecond` messages settles into, batch after batch. */
function settle(perSecond: number, start = 40): number[] {
  const delays = [start];
  for (let i = 0; i < 12; i++) delays.push(nextBatchDelay(Math.round((perSecond * delays.at(-1)!) / 1000)));
  return delays;
}

describe('nextBatchDelay', () => {
  it('stays at the short wait while messages trickle', () => {
    expect(settle(80).every((d) => d === 40)).toBe(true);
    expect(settle(400).at(-1)).toBe(40);
  });

  it('lengthens to the long wait under a flood, and comes back when it ends', () => {
    const flood = settle(2000);
    expect(flood.at(-1)).toBe(250);
    expect(flood).toEqual([...flood].sort((a, b) => a - b));
    expect(settle(80, 250).at(-1)).toBe(40);
  });

  it('keeps to the bounds it is given', () => {
    expect(nextBatchDelay(0, { minMs: 10, maxMs: 100 })).toBe(10);
    expect(nextBatchDelay(10_000, { minMs: 10, maxMs: 100 })).toBe(100);
    expect(nextBatchDelay(30, { minMs: 10, maxMs: 100 })).toBe(60);
  });
});
