import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase58 } from './base58.ts';
import { base58Prefixed } from './base58-prefixed.ts';

const bytes = (maxLength: number) => fc.uint8Array({ maxLength });
/** Zero bytes up front, where the "1"s and the sum's edge cases live. */
const zeroLed = (maxLength: number) =>
  fc.tuple(fc.nat({ max: 4 }), bytes(maxLength)).map(([zeros, rest]) => Uint8Array.from([...new Array<number>(zeros).fill(0), ...rest]));

/** Big-endian bytes of n, no leading zeros. */
function bytesOf(n: bigint, length?: number): Uint8Array {
  const out: number[] = [];
  for (; n > 0n; n >>= 8n) out.unshift(Number(n & 0xffn));
  while (length !== undefined && out.length < length) out.unshift(0);
  return Uint8Array.from(out);
}

/**
 * A prefix and suffix whose sum is exactly 58^(5k): prefix · 256^length has k limbs, the whole one
 * limb more, which only the sum's last carry writes.
 */
const carriedOver = [1, 2, 3, 4].flatMap((k) =>
  [1, 2, 3, 5, 8].map((length): [string, Uint8Array, Uint8Array] => {
    const target = 58n ** BigInt(5 * k);
    const shift = 256n ** BigInt(length);
    const prefix = (target - 1n) / shift;
    return [`58^${5 * k} from a ${length}-byte suffix`, bytesOf(prefix), bytesOf(target - prefix * shift, length)];
  }),
);

describe('base58Prefixed', () => {
  it('encodes User:17 as the research file computed', () => {
    expect(base58Prefixed(Buffer.from('User:'))(Buffer.from('17'), 2)).toBe('4EpJtbARxz');
  });

  it('encodes prefix + the first `length` suffix bytes as encodeBase58 does, for any bytes', () => {
    fc.assert(
      fc.property(fc.oneof(bytes(40), zeroLed(40)), fc.array(fc.tuple(fc.oneof(bytes(24), zeroLed(24)), fc.nat()), { maxLength: 8 }), (prefix, suffixes) => {
        // One encoder over several suffixes, as global ids use it: its per-length cache must not leak between them.
        const encode = base58Prefixed(prefix);
        for (const [suffix, n] of suffixes) {
          const length = n % (suffix.length + 1);
          expect(encode(suffix, length)).toBe(encodeBase58(Buffer.concat([prefix, suffix.subarray(0, length)])));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a suffix of 0xff that carries through every limb', Buffer.from('Tag:'), new Uint8Array(20).fill(0xff)],
    ['an empty suffix', Buffer.from('Tag:'), new Uint8Array()],
    ['a zero-led prefix, which takes the plain path', Uint8Array.from([0, 0, 7]), Uint8Array.from([0, 1])],
    ['an empty prefix', new Uint8Array(), Uint8Array.from([0, 0, 9])],
    ...carriedOver,
  ])('encodes %s as encodeBase58 does', (_, prefix, suffix) => {
    expect(base58Prefixed(prefix)(suffix, suffix.length)).toBe(encodeBase58(Buffer.concat([prefix, suffix])));
  });
});
