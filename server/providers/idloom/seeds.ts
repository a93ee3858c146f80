/** @module Seeds derived from the user's seed or from a uid, so related records agree. */

/**
 * FNV-1a of a text, as an unsigned 32-bit seed: an event's uid always gives the same event.
 * @example textSeed('5e1b7c9d-2f4a-4b6c-8d0e-1a2b3c4d5e6f')
 */
export function textSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (const c of text) hash = Math.imul(hash ^ (c.codePointAt(0) ?? 0), 0x01000193);
  return hash >>> 0;
}

/**
 * The seed salted with a purpose, so one seed draws unrelated values for unrelated things.
 * @example saltedSeed(7, 'guest') !== saltedSeed(7, 'event-uid')
 */
export function saltedSeed(seed: number, salt: string): number {
  return (seed ^ textSeed(salt)) >>> 0;
}
