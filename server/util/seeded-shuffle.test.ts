import { describe, expect, it } from 'vitest';
import { seededShuffle } from './seeded-shuffle.ts';

describe('seededShuffle', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  it('is a permutation, the same for the same seed, another for another seed', () => {
    const a = seededShuffle(items, 7);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(seededShuffle(items, 7)).toEqual(a);
    expect(seededShuffle(items, 8)).not.toEqual(a);
    expect(a).not.toEqual(items);
  });
  it('leaves its input alone', () => {
    const input = [1, 2, 3];
    seededShuffle(input, 1);
    expect(input).toEqual([1, 2, 3]);
  });
});
