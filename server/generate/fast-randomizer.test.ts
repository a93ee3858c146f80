import { describe, expect, it } from 'vitest';
import { createFastRandomizer } from './fast-randomizer.ts';

const draws = (seed: number | number[], n: number): number[] => {
  const r = createFastRandomizer();
  r.seed(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('createFastRandomizer', () => {
  it('repeats its sequence for a seed, and reseeding restarts it', () => {
    const r = createFastRandomizer();
    r.seed(7);
    const first = [r.next(), r.next(), r.next()];
    r.seed(7);
    expect([r.next(), r.next(), r.next()]).toEqual(first);
    expect(draws(7, 3)).toEqual(first);
  });

  it('draws in [0, 1)', () => {
    for (const x of draws(1, 10_000)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('starts neighbouring seeds from unrelated states (first draws spread over all deciles)', () => {
    // A seed written straight into the state would make seeds 0..999 all start near the same value.
    const deciles = new Array(10).fill(0);
    for (let seed = 0; seed < 1000; seed++) deciles[Math.floor(draws(seed, 1)[0]! * 10)]++;
    for (const count of deciles) expect(count).toBeGreaterThan(60);
  });

  it('is close to uniform over a long run (chi-square over 20 bins)', () => {
    const bins = new Array(20).fill(0);
    const n = 100_000;
    for (const x of draws(42, n)) bins[Math.floor(x * 20)]++;
    const expected = n / 20;
    const chi2 = bins.reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0);
    // 19 degrees of freedom: p = 0.001 at 43.8.
    expect(chi2).toBeLessThan(43.8);
  });

  it('tells apart seeds that differ only above 2^32, and seed lists', () => {
    expect(draws(2 ** 32 + 5, 2)).not.toEqual(draws(5, 2));
    expect(draws([1, 2], 2)).not.toEqual(draws([2, 1], 2));
  });
});
