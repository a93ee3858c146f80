/**
 * @module The arithmetic under base58.ts: numbers as little-endian limbs of five base-58 digits.
 *
 * Every event carries several global ids, so base58 is on the generation hot path. Fed two bytes at
 * a time, limb × 2^16 + carry stays below 2^46, exact in a double: about a tenth of the steps of one
 * byte by one digit.
 */

export const base58Alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export const limbBase = 58 ** 5;

const pairBase = 58 * 58;
const codes = Uint8Array.from(base58Alphabet, (c) => c.charCodeAt(0));
/** The two characters of every two-digit value, so a limb takes two divisions instead of five. */
const pairCodes = new Uint8Array(2 * pairBase);
for (let v = 0; v < pairBase; v++) {
  pairCodes[2 * v] = codes[Math.floor(v / 58)]!;
  pairCodes[2 * v + 1] = codes[v % 58]!;
}
/** Reused across calls (encoding is synchronous); it only grows. */
let chars = Buffer.alloc(128);

/** How many limbs `toLimbs` may write for `count` bytes: 2^16 < 58^5, so at most one per byte pair. */
export const maxLimbs = (count: number): number => Math.ceil(count / 2) + 1;

/**
 * `bytes[from..length)` as a big-endian number, written into `into` (room for maxLimbs); returns how
 * many limbs. The top limb is never zero, so zero is 0 limbs.
 */
export function toLimbs(bytes: Uint8Array, from: number, length: number, into: Uint32Array): number {
  let size = 0;
  let i = from;
  if ((length - from) % 2 === 1) {
    if (bytes[i] !== 0) into[size++] = bytes[i]!;
    i++;
  }
  for (; i < length; i += 2) {
    let carry = bytes[i]! * 256 + bytes[i + 1]!;
    for (let j = 0; j < size; j++) {
      const x = into[j]! * 65_536 + carry;
      carry = Math.floor(x / limbBase);
      into[j] = x - carry * limbBase;
    }
    if (carry > 0) into[size++] = carry;
  }
  return size;
}

/** `ones` "1"s, then the limbs' digits: none for zero, no leading zero digit otherwise. */
export function limbsToBase58(limbs: Uint32Array, size: number, ones: number): string {
  let top = size === 0 ? 0 : limbs[size - 1]!;
  let topDigits = 0;
  for (let t = top; t > 0; t = Math.floor(t / 58)) topDigits++;
  const length = ones + topDigits + 5 * Math.max(0, size - 1);
  if (chars.length < length) chars = Buffer.alloc(2 * length);
  chars.fill(codes[0]!, 0, ones);
  for (let k = ones + topDigits - 1; k >= ones; k--) {
    const q = Math.floor(top / 58);
    chars[k] = codes[top - q * 58]!;
    top = q;
  }
  let at = ones + topDigits;
  for (let j = size - 2; j >= 0; j--, at += 5) {
    const limb = limbs[j]!;
    const first = Math.floor(limb / (pairBase * pairBase));
    const rest = limb - first * pairBase * pairBase;
    const middle = Math.floor(rest / pairBase);
    const last = rest - middle * pairBase;
    chars[at] = codes[first]!;
    chars[at + 1] = pairCodes[2 * middle]!;
    chars[at + 2] = pairCodes[2 * middle + 1]!;
    chars[at + 3] = pairCodes[2 * last]!;
    chars[at + 4] = pairCodes[2 * last + 1]!;
  }
  // Every byte is an alphabet character, so latin1 reads them back one for one.
  return chars.toString('latin1', 0, length);
}
