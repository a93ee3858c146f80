/**
 * @module Base58 with the Bitcoin alphabet, the encoding of Parallel's global ids
 * (`server/src/util/token.ts` in Parallel's code: research §1.3).
 */
import { HookbenchError } from '../../errors.ts';
import { base58Alphabet, limbsToBase58, maxLimbs, toLimbs } from './base58-limbs.ts';

export { base58Alphabet };
const digitOf = new Map([...base58Alphabet].map((c, i) => [c, BigInt(i)]));
/** Reused across calls (encoding is synchronous); it only grows. */
let limbs = new Uint32Array(32);

/**
 * Each leading zero byte is written as "1", like every Bitcoin-alphabet base58. `length` encodes
 * only the first bytes, for callers that reuse a buffer.
 * @example encodeBase58(Buffer.from('User:17')) // '4EpJtbARxz'
 */
export function encodeBase58(bytes: Uint8Array, length = bytes.length): string {
  let zeros = 0;
  while (zeros < length && bytes[zeros] === 0) zeros++;
  if (limbs.length < maxLimbs(length - zeros)) limbs = new Uint32Array(2 * maxLimbs(length - zeros));
  return limbsToBase58(limbs, toLimbs(bytes, zeros, length, limbs), zeros);
}

/**
 * The bytes of a base58 text; INVALID_INPUT names the first character outside the alphabet.
 * @example Buffer.from(decodeBase58('4EpJtbARxz')).toString() // 'User:17'
 */
export function decodeBase58(text: string): Uint8Array {
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  let n = 0n;
  for (const c of text) {
    const digit = digitOf.get(c);
    if (digit === undefined) throw new HookbenchError('INVALID_INPUT', `"${text}" is not base58: "${c}" is not in the Bitcoin alphabet`);
    n = n * 58n + digit;
  }
  const body: number[] = [];
  while (n > 0n) {
    body.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  return Uint8Array.from([...new Array<number>(zeros).fill(0), ...body]);
}
