/** @module Seeds derived from the user's seed or from a uid, so related records agree. */

/**
 * FNV-1a of a text's code points, as an unsigned 32-bit seed: an event's uid always gives the same event.
 * @example textSeed('5e1b7c9d-2f4a-4b6c-8d0e-1a2b3c4d5e6f')
 */
export function textSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    // A surrogate pair is one code point (one step); a lone surrogate is its own.
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}

// Salts are a handful of constants: hash each once.
const saltSeeds = new Map<string, number>();

/**
 * The seed salted with a purpose, so one seed draws unrelated values for unrelated things.
 * @example saltedSeed(7, 'guest') !== saltedSeed(7, 'event-uid')
 */
export function saltedSeed(seed: number, salt: string): number {
  let salted = saltSeeds.get(salt);
  if (salted === undefined) {
    salted = textSeed(salt);
    if (saltSeeds.size < 64) saltSeeds.set(salt, salted);
  }
  return (seed ^ salted) >>> 0;
}
