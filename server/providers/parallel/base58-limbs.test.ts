import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limbBase, limbsToBase58, maxLimbs, toLimbs } from './base58-limbs.ts';

/** The limbs of a byte string, computed with BigInt: an independent reference. */
function referenceLimbs(bytes: Uint8Array): number[] {
  let n = 0n;
  for (const b of bytes) n = n * 256n + BigInt(b);
  const limbs: number[] = [];
  for (; n > 0n; n /= BigInt(limbBase)) limbs.push(Number(n % BigInt(limbBase)));
  return limbs;
}

describe('toLimbs', () => {
  it('writes any bytes, zero-led or not, as the BigInt reference does, top limb never zero', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat({ max: 3 }), (rest, zeros) => {
        const bytes = Uint8Array.from([...new Array<number>(zeros).fill(0), ...rest]);
        const into = new Uint32Array(maxLimbs(bytes.length));
        const size = toLimbs(bytes, 0, bytes.length, into);
        expect([...into.subarray(0, size)]).toEqual(referenceLimbs(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([[[0]], [[0, 0, 0]], [[]]])('writes %j as no limbs at all', (values) => {
    expect(toLimbs(Uint8Array.from(values), 0, values.length, new Uint32Array(4))).toBe(0);
  });
});

describe('limbsToBase58', () => {
  it('writes zero as the "1"s alone, and pads every limb under the top one to five digits', () => {
    expect(limbsToBase58(new Uint32Array(), 0, 2)).toBe('11');
    expect(limbsToBase58(Uint32Array.from([0, 1]), 2, 0)).toBe('211111');
  });
});
