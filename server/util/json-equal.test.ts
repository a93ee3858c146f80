import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual } from './json-equal.ts';

const byText = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Few distinct leaves and keys, so that equal-by-JSON pairs turn up often, quirks included. */
const leaf = fc.constantFrom<unknown>(0, -0, 1, 1.5, NaN, Infinity, -Infinity, null, undefined, '', '1', 'a', true, false, () => 1, Symbol.for('s'));
const key = fc.constantFrom('a', 'b', 'c', '1', '0', 'toString', '__proto__x');
const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((entries) => Object.fromEntries(entries)),
    fc.date({ min: new Date(0), max: new Date(10_000), noInvalidDate: true }),
  ),
})).value;

/** Leaves JSON.stringify writes alike, so a twin can swap one for another. */
const alike: unknown[][] = [[0, -0], [NaN, null, Infinity, -Infinity], [undefined, () => 2, Symbol.for('t')]];

/**
 * A near copy of `value`, steered by the `next` choices: mostly the same JSON written another way (another
 * alike leaf, an undefined key added or dropped), sometimes not (keys swapped, a leaf changed).
 */
function twin(value: unknown, next: () => number): unknown {
  const choice = next();
  if (Array.isArray(value)) return value.map((v) => twin(v, next));
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const entries = Object.entries(value).map(([k, v]): [string, unknown] => [k, twin(v, next)]);
    if (choice % 7 === 0) entries.push(['extra', undefined]);
    if (choice % 11 === 0 && entries.length > 1) entries.reverse();
    return Object.fromEntries(entries.filter(([, v]) => !(choice % 5 === 0 && v === undefined)));
  }
  if (choice % 13 === 0) return 'changed';
  const group = alike.find((g) => g.some((x) => Object.is(x, value)));
  return group ? group[choice % group.length] : value;
}

describe('jsonEqual', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['identical primitives', 'x', 'x', true],
    ['a number and its text', 1, '1', false],
    ['0 and -0 (both write 0)', 0, -0, true],
    ['NaN and null (both write null)', NaN, null, true],
    ['Infinity and NaN', Infinity, NaN, true],
    ['null and undefined (undefined writes nothing)', null, undefined, false],
    ['undefined and a function (both write nothing)', undefined, () => 1, true],
    ['a missing key and an undefined one', { a: 1 }, { a: 1, b: undefined }, true],
    ['the same keys in another order', { a: 1, b: 2 }, { b: 2, a: 1 }, false],
    ['undefined and null in an array', [undefined], [null], true],
    ['arrays of different lengths', [1], [1, null], false],
    ['an empty array and an empty object', [], {}, false],
    ['a date and its ISO text (Date has toJSON)', new Date(0), '1970-01-01T00:00:00.000Z', true],
    ['a key whose value is a date', { at: new Date(0) }, { at: '1970-01-01T00:00:00.000Z' }, true],
    ['a toJSON that writes nothing, against a missing key', { a: { toJSON: () => undefined } }, {}, true],
    ['a boxed string and its text', Object('x'), 'x', true],
  ])('compares %s as JSON.stringify does', (_, a, b, expected) => {
    expect(byText(a, b)).toBe(expected);
    expect(jsonEqual(a, b)).toBe(expected);
  });

  it('agrees with comparing JSON.stringify texts, for any two values', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(jsonEqual(a, b)).toBe(byText(a, b));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with comparing JSON.stringify texts, for a value and a near copy of it', () => {
    fc.assert(
      fc.property(value, fc.array(fc.nat(), { minLength: 1, maxLength: 16 }), (a, choices) => {
        let i = 0;
        const b = twin(a, () => choices[i++ % choices.length]! + i);
        expect(jsonEqual(a, b)).toBe(byText(a, b));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with JSON.stringify between a value and its own copies, equal or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (a) => {
        const copy: unknown = JSON.parse(JSON.stringify(a));
        expect(jsonEqual(a, copy)).toBe(byText(a, copy));
        expect(jsonEqual(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
