import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saltedSeed, textSeed } from './seeds.ts';

/** The implementation before the rewrite, iterating by code point. */
function oldTextSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (const c of text) hash = Math.imul(hash ^ (c.codePointAt(0) ?? 0), 0x01000193);
  return hash >>> 0;
}

describe('idloom seeds', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j as FNV-1a does (published vectors)', (text, expected) => {
    expect(textSeed(text)).toBe(expected);
  });

  it('hashes any text, astral characters and lone surrogates included, as before', () => {
    const lone = fc.constantFrom('\ud800', '\udc00', '\ud83d', '\ude00', 'a\ud800b', '\udc00\ud800');
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' }), fc.array(fc.oneof(lone, fc.string({ unit: 'grapheme' }))).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (t) => {
        expect(textSeed(t)).toBe(oldTextSeed(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('salts seeds as before, the first time and after', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string(), (seed, salt) => {
        const expected = (seed ^ oldTextSeed(salt)) >>> 0;
        expect(saltedSeed(seed, salt)).toBe(expected);
        expect(saltedSeed(seed, salt)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
