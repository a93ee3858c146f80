/**
 * @module faker's `string.uuid()` (version 4) without its 31 trips through `number.hex` and
 * `number.int`: the same draws from the same randomizer in the same order, so the same text.
 * Every idloom and HubSpot event draws a few; they were 6 % of idloom's generation.
 */
const hex = '0123456789abcdef';

/**
 * faker 10 replaces each `x` of `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx` left to right with
 * ⌊next()·16⌋, then the `y` with 8 + ⌊next()·4⌋.
 * @example uuidFrom(randomizer.next) // '9b2c7b5e-3f0a-4c1d-8e2f-0a1b2c3d4e5f'
 */
export function uuidFrom(next: () => number): string {
  let x = '';
  for (let i = 0; i < 30; i++) x += hex[Math.floor(next() * 16)];
  const y = hex[8 + Math.floor(next() * 4)];
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(12, 15)}-${y}${x.slice(15, 18)}-${x.slice(18)}`;
}
