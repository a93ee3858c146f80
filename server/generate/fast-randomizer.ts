/**
 * @module A faker Randomizer that reseeds in constant time.
 *
 * Faker's default Mersenne Twister spends ~45 µs initialising its 624-word state on every seed(),
 * and hookbench reseeds once per event: that alone capped generation near 20,000 events/s.
 * xoroshiro128+ (from pure-rand) has four words of state; splitmix32 spreads the seed over them so
 * neighbouring seeds (1, 2, 3…) start from unrelated states.
 */
import type { Randomizer } from '@faker-js/faker';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** splitmix32's finaliser: a bijection on 32-bit integers with full avalanche. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return z ^ (z >>> 15);
}

/** Folds any number (or list of numbers) into 32 bits, keeping the high bits of seeds above 2^32. */
function fold(seed: number | readonly number[]): number {
  const parts = typeof seed === 'number' ? [seed] : seed;
  let h = 0x811c9dc5;
  for (const part of parts) {
    const n = Number.isFinite(part) ? Math.trunc(part) : 0;
    h = mix32(h ^ (n >>> 0));
    h = mix32(h ^ Math.floor(Math.abs(n) / 2 ** 32));
  }
  return h;
}

export function createFastRandomizer(): Randomizer {
  let rng = stateFor(0);
  return {
    next: () => uniformFloat64(rng),
    seed(seed) {
      rng = stateFor(fold(seed));
    },
  };
}

function stateFor(seed: number) {
  const a = mix32(seed);
  const b = mix32(a);
  const c = mix32(b);
  const d = mix32(c);
  // All-zero is xoroshiro's one forbidden state.
  return xoroshiro128plusFromState(a | b | c | d ? [a, b, c, d] : [1, 0, 0, 0]);
}
