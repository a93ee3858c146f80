/**
 * The guards of helper-args.ts take arguments without zod: whatever a guard takes, its schema must
 * take and read alike, and readArgument must answer as the zod-only check it replaced (kept here),
 * errors included.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { HookbenchError } from '../../errors.ts';
import type { JsonValue } from '../../util/json.ts';
import { amountsArgument, invoiceArgument, paymentArgument, readArgument, settleArgument, stayArgument, type HelperArgument } from './helper-args.ts';

// ---- The check before the guards (template-helpers.ts). ----
function oldParse<T>(name: string, schema: z.ZodType<T>, value: JsonValue | undefined): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new HookbenchError('INVALID_TEMPLATE', `${name}: ${JSON.stringify(value)} is not a valid argument (${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'})`);
}

const outcome = (read: () => unknown) => {
  try {
    return { data: JSON.stringify(read()) };
  } catch (e) {
    return { error: e instanceof HookbenchError ? `${e.code} ${e.message}` : String(e) };
  }
};

// Values near the shapes the helpers take: mostly well-formed, else a key missing or added, a type wrong.
const scalar = fc.oneof(fc.double(), fc.integer({ min: -5, max: 500 }), fc.constantFrom(0, -0, 1e308), fc.string({ maxLength: 6 }), fc.boolean(), fc.constant(null));
const often = <T,>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: scalar });
const num = often(fc.oneof(fc.integer({ min: 0, max: 500 }), fc.double({ min: 0, max: 1e6, noNaN: true })));
const text = often(fc.oneof(fc.constant('2026-01-01T00:00:00Z'), fc.string({ maxLength: 6 })));
const orNull = <T,>(good: fc.Arbitrary<T>) => often(fc.oneof(good, fc.constant(null)));
const shaped = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record(fields) },
    { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.tuple(fc.record(fields), fc.constantFrom('other', 'excl', 'amount'), scalar).map(([o, k, v]) => ({ ...o, [k]: v })) },
  );
const payment = shaped({ payment_status: often(fc.constantFrom('Paid', 'Pending')), payment_method: orNull(fc.constant('Stripe')), payment_date: orNull(text), payment_amount: orNull(num) });
const value: fc.Arbitrary<JsonValue | undefined> = fc.oneof(
  shaped({ excl: num, rate: num }),
  shaped({ amount: num, since: text }),
  shaped({ amount: num, at: text }),
  shaped({ payment: often(payment), amount: num }),
  shaped({ start_date: text, end_date: text, venue_city: text, timezone: text }),
  fc.array(scalar, { maxLength: 2 }),
  scalar,
  fc.constant(undefined),
) as fc.Arbitrary<JsonValue | undefined>;

const argumentsByName: HelperArgument<unknown>[] = [stayArgument, amountsArgument, paymentArgument, invoiceArgument, settleArgument];

describe.each(argumentsByName.map((argument) => [argument.name, argument] as const))('%s', (_, argument) => {
  it('takes only what its schema takes, read alike (fields in the schema’s order)', () => {
    fc.assert(
      fc.property(value, (v) => {
        const taken = argument.take(v);
        if (taken === undefined) return;
        const parsed = argument.schema.safeParse(v);
        expect(parsed.success).toBe(true);
        expect(JSON.stringify(taken)).toBe(JSON.stringify(parsed.data));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every argument as the zod-only check did, and fails with its message', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(outcome(() => readArgument(argument, v))).toEqual(outcome(() => oldParse(argument.name, argument.schema, v)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the guards', () => {
  it('take the arguments the fixtures pass, so zod does not run on them', () => {
    const paid = { payment_status: 'Paid', payment_method: 'Stripe', payment_date: '2026-01-01T00:00:00Z', payment_amount: 121 };
    expect(amountsArgument.take({ excl: 100, rate: 21 })).toEqual({ excl: 100, rate: 21 });
    expect(paymentArgument.take({ amount: 121, since: '2026-01-01T00:00:00Z' })).toBeDefined();
    expect(invoiceArgument.take({ amount: 0, at: '2026-01-01T00:00:00Z' })).toBeDefined();
    expect(settleArgument.take({ payment: paid, amount: 121 })).toEqual({ payment: paid, amount: 121 });
    const event = { uid: 'e', start_date: '2026-03-12T17:00:00Z', end_date: '2026-03-12T22:00:00Z', venue_city: 'Gent', timezone: 'Europe/Brussels', vat_rate: 21 };
    expect(stayArgument.take(event)).toBe(event);
  });

  it('leave odd objects to zod', () => {
    const inherited = Object.create({ excl: 1, rate: 2 }) as JsonValue;
    expect(amountsArgument.take(inherited)).toBeUndefined();
    expect(amountsArgument.take({ excl: 1, rate: 2, other: 3 })).toBeUndefined();
    expect(amountsArgument.take({ excl: Number.POSITIVE_INFINITY, rate: 2 })).toBeUndefined();
    expect(() => readArgument(amountsArgument, { excl: 10 })).toThrow(/idloom\.amounts: .*not a valid argument \(rate:/);
  });
});
