/**
 * @module Base58 with the Bitcoin alphabet, the encoding of Parallel's global ids
 * (`server/src/util/token.ts` in Parallel's code: research §1.3).
 */
import { HookbenchError } from '../../errors.ts';

export const base58Alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const digitOf = new Map([...base58Alphabet].map((c, i) => [c, BigInt(i)]));

/**
 * Each leading zero byte is written as "1", like every Bitcoin-alphabet base58.
 * @example encodeBase58(Buffer.from('User:17')) // '4EpJtbARxz'
 */
export function encodeBase58(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  // Long division in base 58 over small integers: ids are a few dozen bytes, where BigInt costs more.
  const digits: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i]!;
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j]! << 8;
      digits[j] = carry % 58;
      carry = (carry / 58) | 0;
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = (carry / 58) | 0;
    }
  }
  let out = '1'.repeat(zeros);
  for (let k = digits.length - 1; k >= 0; k--) out += base58Alphabet[digits[k]!];
  return out;
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
