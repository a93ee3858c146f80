/**
 * @module Base58 of many texts that share a prefix, as Parallel's ids share `<Type>:`. The prefix's
 * share of the division is done once per suffix length; each text then only converts its suffix
 * and adds it in, instead of dividing the whole text again.
 */
import { encodeBase58 } from './base58.ts';
import { limbBase, limbsToBase58, maxLimbs, toLimbs } from './base58-limbs.ts';

/** Encodes prefix + `suffix[0..length)`, exactly as encodeBase58 would. */
export type PrefixedEncoder = (suffix: Uint8Array, length: number) => string;

/** Reused across calls (encoding is synchronous); they only grow. */
let suffixLimbs = new Uint32Array(32);
let sum = new Uint32Array(32);

/**
 * @example base58Prefixed(Buffer.from('User:'))(Buffer.from('17'), 2) // '4EpJtbARxz'
 */
export function base58Prefixed(prefix: Uint8Array): PrefixedEncoder {
  // A leading zero byte is a "1" of its own, and the sum below would lose it: such prefixes
  // (no Parallel type is one) take the plain path.
  if (prefix.length === 0 || prefix[0] === 0) {
    return (suffix, length) => encodeBase58(Buffer.concat([prefix, suffix.subarray(0, length)]));
  }
  const shiftedByLength: Uint32Array[] = [];
  return (suffix, length) => {
    const shifted = (shiftedByLength[length] ??= shiftedLimbs(prefix, length));
    if (sum.length <= shifted.length) {
      sum = new Uint32Array(2 * shifted.length + 2);
      suffixLimbs = new Uint32Array(2 * shifted.length + 2);
    }
    // The suffix is below 256^length, itself below prefix · 256^length: it has no more limbs.
    const count = toLimbs(suffix, 0, length, suffixLimbs);
    let carry = 0;
    let j = 0;
    for (; j < shifted.length; j++) {
      const x = shifted[j]! + (j < count ? suffixLimbs[j]! : 0) + carry;
      carry = x >= limbBase ? 1 : 0;
      sum[j] = x - carry * limbBase;
    }
    if (carry === 1) sum[j++] = 1;
    return limbsToBase58(sum, j, 0);
  };
}

/** prefix · 256^length, in limbs. */
function shiftedLimbs(prefix: Uint8Array, length: number): Uint32Array {
  const bytes = new Uint8Array(prefix.length + length);
  bytes.set(prefix);
  const limbs = new Uint32Array(maxLimbs(bytes.length));
  return limbs.slice(0, toLimbs(bytes, 0, bytes.length, limbs));
}
