/**
 * slug() skips its cache for ASCII letters and digits: the implementation it had before is kept here,
 * verbatim, and both must agree on every text, accented, spaced and odd ones included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slug } from './common-helpers.ts';

// ---- slug() before the ASCII shortcut (its cache only ever held what slugOf gave). ----
function oldSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const nameLike = fc.stringMatching(/^[A-Za-z0-9À-ÿ' .&-]{0,24}$/);

describe('slug', () => {
  it('gives what it gave before on any text', () => {
    fc.assert(
      fc.property(fc.oneof(nameLike, fc.string({ unit: 'grapheme', maxLength: 24 }), fc.string({ unit: 'binary', maxLength: 24 })), (text) => {
        expect(slug(text)).toBe(oldSlug(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees on the edges of the ASCII shortcut', () => {
    for (const text of ['', 'Z', 'az09AZ', '@', '[', '`', '{', '/', ':', 'É', 'Ａ', 'ﬁ', 'Jean-Pierre', 'ÅSTRÖM2']) expect(slug(text)).toBe(oldSlug(text));
  });
});
