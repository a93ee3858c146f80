/**
 * @module Parallel's global ids: base58 of the UTF-8 text `<Type>:<number>` (`toGlobalId` in
 * Parallel's `util/globalId.ts`), used for every id in a webhook body (`Profile:1042` → `2X3uPTSX2EK9dhTqj`).
 */
import { HookbenchError } from '../../errors.ts';
import { decodeBase58, encodeBase58 } from './base58.ts';
import { base58Prefixed, type PrefixedEncoder } from './base58-prefixed.ts';

interface TypeEncoder {
  encode: PrefixedEncoder;
  /**
   * The last id seen in each of `slots` slots (by id mod slots) and its global id: users, tags and
   * groups come from a handful of ids and repeat in every event. Direct-mapped, because a Map
   * lookup cost as much as it saved.
   */
  ids: Float64Array;
  globalIds: string[];
}

const slots = 64;
/** Bounded, so ids of ever new types (the mock API's) cannot grow it without end. */
const maxTypes = 64;
const encoders = new Map<string, TypeEncoder>();
/** The id's decimal digits, reused across calls (encoding is synchronous). */
const digits = new Uint8Array(16);

/**
 * @example toGlobalId('Profile', 1042) // '2X3uPTSX2EK9dhTqj'
 */
export function toGlobalId(type: string, id: number): string {
  // Only a safe integer ≥ 0 prints as plain digits (no sign, fraction or exponent), at most 16.
  if (!Number.isSafeInteger(id) || id < 0) return encodeBase58(Buffer.from(`${type}:${id}`, 'utf8'));
  const encoder = encoders.get(type) ?? encoderOf(type);
  const slot = id % slots;
  if (encoder.ids[slot] === id) return encoder.globalIds[slot]!;
  const globalId = encoder.encode(digits, writeDigits(id));
  encoder.ids[slot] = id;
  encoder.globalIds[slot] = globalId;
  return globalId;
}

/** Writes the decimal digits of a safe integer ≥ 0 into `digits`; returns how many. Not String(id), which allocated. */
function writeDigits(id: number): number {
  let count = 1;
  for (let rest = id; rest >= 10; rest = Math.floor(rest / 10)) count++;
  let rest = id;
  for (let k = count - 1; k >= 0; k--) {
    const q = Math.floor(rest / 10);
    digits[k] = 48 + (rest - q * 10);
    rest = q;
  }
  return count;
}

function encoderOf(type: string): TypeEncoder {
  const encoder = { encode: base58Prefixed(Buffer.from(`${type}:`, 'utf8')), ids: new Float64Array(slots).fill(Number.NaN), globalIds: new Array<string>(slots).fill('') };
  if (encoders.size < maxTypes) encoders.set(type, encoder);
  return encoder;
}

/**
 * Reads a global id back, as Parallel's `fromGlobalId` does (the mock API needs it); `type`, when
 * given, must match. INVALID_INPUT otherwise, naming the id.
 * @example fromGlobalId('4EpJtbARxz', 'User') // { type: 'User', id: 17 }
 */
export function fromGlobalId(globalId: string, type?: string): { type: string; id: number } {
  let decoded: string;
  try {
    decoded = Buffer.from(decodeBase58(globalId)).toString('utf8');
  } catch {
    throw new HookbenchError('INVALID_INPUT', `"${globalId}" is not a Parallel global id`);
  }
  const [actual = '', number = ''] = decoded.split(':');
  if (type !== undefined && actual !== type) throw new HookbenchError('INVALID_INPUT', `"${globalId}" is not a ${type} id`);
  if (!/^[1-9]\d*$/.test(number)) throw new HookbenchError('INVALID_INPUT', `"${globalId}" is not a Parallel global id`);
  return { type: actual, id: Number(number) };
}
