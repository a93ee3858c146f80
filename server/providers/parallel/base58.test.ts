import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase58, encodeBase58 } from './base58.ts';

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

  it('round-trips any bytes through the BigInt decoder (an independent implementation)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(Buffer.from(decodeBase58(encodeBase58(bytes))).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
