/**
 * @module Whether two values serialise to the same JSON text, without serialising them: Ploomes
 * compares record fields by their JSON on every event, and most are primitives that compare at once.
 */

/** Thrown inside when a value has its own idea of its JSON (toJSON, a class): JSON.stringify decides. */
const exotic = Symbol('exotic');

/**
 * `JSON.stringify(a) === JSON.stringify(b)`, with its quirks: key order counts, an undefined
 * property is a missing one, undefined in an array is null, NaN and ±Infinity are null, -0 is 0.
 * Values with toJSON (Date) or a class are compared by JSON.stringify itself. Values JSON.stringify
 * throws on (cycles, BigInt) are outside the contract.
 * @example jsonEqual({ a: 1, b: undefined }, { a: 1 }) // true
 * @example jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 }) // false
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  try {
    return same(a, b);
  } catch (error) {
    if (error !== exotic) throw error;
    return JSON.stringify(a) === JSON.stringify(b);
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const aComposite = isComposite(a);
  const bComposite = isComposite(b);
  if (aComposite && bComposite) {
    if (Array.isArray(a)) return Array.isArray(b) && sameArrays(a, b);
    return !Array.isArray(b) && sameObjects(a, b);
  }
  if (aComposite || bComposite) return false;
  return (writesNull(a) && writesNull(b)) || (isOmitted(a) && isOmitted(b));
}

/** A plain object or array; throws `exotic` for any other object (it may serialise as anything). */
function isComposite(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) throw exotic;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw exotic;
  return true;
}

const writesNull = (value: unknown): boolean => value === null || (typeof value === 'number' && !Number.isFinite(value));

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const isOmitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

function sameArrays(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && !same(isOmitted(x) ? null : x, isOmitted(y) ? null : y)) return false;
  }
  return true;
}

/** Same keys in the same order, leaving out those JSON.stringify leaves out, with the same values. */
function sameObjects(a: object, b: object): boolean {
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < aKeys.length && isAbsent(aRecord[aKeys[i]!])) i++;
    while (j < bKeys.length && isAbsent(bRecord[bKeys[j]!])) j++;
    if (i === aKeys.length || j === bKeys.length) return i === aKeys.length && j === bKeys.length;
    if (aKeys[i] !== bKeys[j] || !same(aRecord[aKeys[i]!], bRecord[bKeys[j]!])) return false;
    i++;
    j++;
  }
}

/** Left out of its object. An exotic value throws `exotic` here, before keys are matched: its toJSON may give undefined. */
function isAbsent(value: unknown): boolean {
  if (isOmitted(value)) return true;
  isComposite(value);
  return false;
}
