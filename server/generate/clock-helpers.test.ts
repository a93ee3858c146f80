/**
 * clock.between reads plain ranges without zod (plainRange): whatever it takes, the schema it used
 * before (kept here, verbatim) takes and reads alike. And the helpers read their options at each
 * call, so one map can follow a caller that points them at each render in turn.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { JsonValue } from '../util/json.ts';
import { clockHelpers, plainRange, type ClockHelperOptions } from './clock-helpers.ts';
import { seededFaker } from './seeded-faker.ts';

// ---- The schema clock.between parsed every range with. ----
const betweenSchema = z.object({ from: z.string(), to: z.string() }).partial().strict();

const scalar = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean(), fc.constant(null));
const range: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.record({ from: fc.string({ maxLength: 4 }), to: fc.string({ maxLength: 4 }) }, { requiredKeys: [] }),
  fc.record({ from: fc.string({ maxLength: 4 }) }).map((r) => ({ ...r })),
  fc.record({ to: fc.string({ maxLength: 4 }), from: fc.string({ maxLength: 4 }) }).map((r) => ({ ...r })),
  fc.dictionary(fc.constantFrom('from', 'to', 'other', 'constructor'), scalar, { maxKeys: 3 }),
  fc.array(scalar, { maxLength: 2 }),
  scalar,
) as fc.Arbitrary<JsonValue>;

describe('plainRange', () => {
  it('takes only the ranges the schema takes, read alike', () => {
    let taken = 0;
    fc.assert(
      fc.property(range, (r) => {
        const plain = plainRange(r);
        if (plain === undefined) return;
        taken++;
        const parsed = betweenSchema.safeParse(r);
        expect(parsed.success).toBe(true);
        expect(plain.from).toBe(parsed.data?.from);
        expect(plain.to).toBe(parsed.data?.to);
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(300);
  });

  it('leaves to zod what is not a plain object of strings', () => {
    expect(plainRange({})).toEqual({});
    expect(plainRange({ from: 'a', to: 'b' })).toEqual({ from: 'a', to: 'b' });
    expect(plainRange({ from: 1 })).toBeUndefined();
    expect(plainRange({ from: 'a', until: 'b' })).toBeUndefined();
    expect(plainRange(Object.create({ from: 'a' }) as JsonValue)).toBeUndefined();
    expect(plainRange(['a'])).toBeUndefined();
  });
});

describe('clockHelpers', () => {
  it('reads its options at each call', () => {
    const options: ClockHelperOptions = {
      faker: seededFaker({ locale: 'en', seed: 1, now: new Date(0) }),
      now: new Date('2026-01-01T12:00:00.000Z'),
      formatDate: (d) => d.toISOString(),
      parseDate: (s) => new Date(s),
    };
    const helpers = clockHelpers(options);
    expect(helpers['clock.now']!()).toBe('2026-01-01T12:00:00.000Z');
    options.now = new Date('2027-06-01T00:00:00.000Z');
    expect(helpers['clock.now']!()).toBe('2027-06-01T00:00:00.000Z');
    expect(Date.parse(String(helpers['clock.past']!({ days: 1 })))).toBeGreaterThan(Date.parse('2027-05-31T00:00:00.000Z'));
  });
});
