import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base58Alphabet, decodeBase58, encodeBase58 } from './base58.ts';

/** The encoder before the limb rewrite, one byte by one digit: the reference the fast one must match. */
function referenceEncode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
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

/** Big-endian bytes of n, no leading zeros. */
function bytesOf(n: bigint): number[] {
  const out: number[] = [];
  for (; n > 0n; n >>= 8n) out.unshift(Number(n & 0xffn));
  return out;
}

/** Leading zero bytes (0–5) before random bytes: the "1" prefix and the limb edges both get exercised. */
const zeroLed = fc
  .tuple(fc.nat({ max: 5 }), fc.uint8Array({ maxLength: 64 }))
  .map(([zeros, rest]) => Uint8Array.from([...new Array<number>(zeros).fill(0), ...rest]));

// Vectors of the base58 draft (draft-msporny-base58-03 §5), Bitcoin alphabet.
const vectors: [string, Uint8Array, string][] = [
  ['"Hello World!"', Buffer.from('Hello World!'), '2NEpo7TZRRrLZSi2U'],
  ['"The quick brown fox…"', Buffer.from('The quick brown fox jumps over the lazy dog.'), 'USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z'],
  ['0x0000287fb4cd (two leading zero bytes)', Uint8Array.from([0, 0, 0x28, 0x7f, 0xb4, 0xcd]), '11233QC4'],
];

describe('base58', () => {
  it.each(vectors)('encodes %s as the draft says', (_, bytes, text) => {
    expect(encodeBase58(bytes)).toBe(text);
  });

  it.each(vectors)('decodes %s back to its bytes', (_, bytes, text) => {
    expect(Buffer.from(decodeBase58(text)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('encodes nothing as the empty string', () => {
    expect(encodeBase58(new Uint8Array())).toBe('');
  });

  it.each(['0', 'O', 'I', 'l', '+'])('refuses "%s", which the Bitcoin alphabet leaves out', (c) => {
    expect(() => decodeBase58(`2X3${c}`)).toThrow(/not in the Bitcoin alphabet/);
  });

  it.each(vectors)('encodes %s as the reference encoder does', (_, bytes) => {
    expect(encodeBase58(bytes)).toBe(referenceEncode(bytes));
  });

  it('encodes any bytes as the reference encoder does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 64 }), zeroLed), (bytes) => {
        expect(encodeBase58(bytes)).toBe(referenceEncode(bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['zero bytes only', [0, 0, 0]],
    ['one byte', [1]],
    ['all 0xff (the largest carries)', new Array<number>(64).fill(0xff)],
    ['58^5, where a second limb starts', bytesOf(58n ** 5n)],
    ['58^5 - 1', bytesOf(58n ** 5n - 1n)],
    ['58^10, where a third limb starts', bytesOf(58n ** 10n)],
    ['58^10 - 1', bytesOf(58n ** 10n - 1n)],
    ['58^10 after a zero byte', [0, ...bytesOf(58n ** 10n)]],
  ])('encodes %s as the reference encoder does', (_, values) => {
    const bytes = Uint8Array.from(values);
    expect(encodeBase58(bytes)).toBe(referenceEncode(bytes));
  });

  it('encodes only the first `length` bytes when asked', () => {
    fc.assert(
      fc.property(zeroLed, fc.nat(), (bytes, n) => {
        const length = bytes.length === 0 ? 0 : n % (bytes.length + 1);
        expect(encodeBase58(bytes, length)).toBe(referenceEncode(bytes.subarray(0, length)));
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips any bytes through the BigInt decoder (an independent implementation)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(Buffer.from(decodeBase58(encodeBase58(bytes))).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
